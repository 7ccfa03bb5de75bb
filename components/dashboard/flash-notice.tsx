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
    setMessage(taken);
    const timer = setTimeout(() => setMessage(null), 6_000);
    return () => clearTimeout(timer);
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
