"use client";

import { signIn } from "next-auth/react";
import { useEffect, useState } from "react";
import { FormMessage } from "@/components/ui/field";

/** An invited sign-up proved its mailbox by the invitation link: it is signed in without a mail round trip. */
export function SigningIn({ token, callbackUrl }: { token: string; callbackUrl: string }) {
  const [error, setError] = useState<string>();
  useEffect(() => {
    void signIn("verify-email", { token, redirect: false }).then((result) => {
      // A relative target keeps the user on the host they opened, whatever NEXTAUTH_URL says.
      if (result?.ok && !result.error) window.location.assign(callbackUrl);
      else setError("Your account is ready, but signing in failed. Sign in with your e-mail and password.");
    });
  }, [token, callbackUrl]);
  return (
    <div role="status" className="space-y-2">
      <FormMessage message={error} />
      {error ? null : <p className="text-sm text-slate-600">Account created. Signing you in…</p>}
    </div>
  );
}
