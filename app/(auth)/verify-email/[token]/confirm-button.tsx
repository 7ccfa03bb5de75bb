"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

export function ConfirmButton({ token }: { token: string }) {
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const router = useRouter();

  async function confirm() {
    setPending(true);
    setError(undefined);
    const result = await signIn("verify-email", { token, redirect: false });
    if (result?.ok && !result.error) return router.replace("/checks");
    setPending(false);
    setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "This link could not be used. Sign in to get a new one.");
  }

  return (
    <div className="space-y-4">
      <FormMessage message={error} />
      <Button type="button" className="w-full" disabled={pending} onClick={() => void confirm()}>
        {pending ? "Verifying…" : "Verify and sign in"}
      </Button>
    </div>
  );
}
