"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { FLASH_COOKIE, takeFlash } from "@/lib/flash/messages";

/** Confirms a create, update or delete on the page it redirected to (lib/flash), once. */
export function FlashNotice() {
  const pathname = usePathname();
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const taken = takeFlash(document.cookie);
    if (!taken) return;
    document.cookie = `${FLASH_COOKIE}=; Max-Age=0; path=/`;
    // Not cancelled on cleanup: the cookie is already spent, and a re-run (Strict Mode) must not lose it.
    setTimeout(() => setMessage(taken), 0);
    setTimeout(() => setMessage((current) => (current === taken ? null : current)), 6_000);
  }, [pathname]);
  if (!message) return null;
  return (
    <div role="status" className="fixed bottom-4 right-4 z-50 flex items-center gap-3 rounded-lg bg-slate-900 px-4 py-3 text-sm text-white shadow-lg">
      {message}
      <button type="button" onClick={() => setMessage(null)} className="text-slate-300 hover:text-white" aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
