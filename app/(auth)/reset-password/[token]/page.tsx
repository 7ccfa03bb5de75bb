import type { Metadata } from "next";
import Link from "next/link";
import { isResetTokenUsable } from "@/lib/services/passwords/reset";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = /^[A-Za-z0-9_-]{20,100}$/.test(token) && (await isResetTokenUsable(token));
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Choose a new password</h1>
      {usable ? (
        <>
          <p className="mb-6 text-sm text-slate-600">Setting it signs you out on every device.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <p role="alert" className="text-sm text-slate-700">
          This link has expired or was already used.{" "}
          <Link href="/forgot-password" className="font-medium text-brand-600 hover:underline">Ask for a new one</Link>.
        </p>
      )}
    </>
  );
}
