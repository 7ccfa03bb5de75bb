import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Reset your password</h1>
      <p className="mb-6 text-sm text-slate-600">
        Enter the e-mail of your account. If you signed up with GitHub or Google, this sets a password for it too.
      </p>
      <ForgotPasswordForm />
      <p className="mt-4 text-center text-sm text-slate-600">
        <Link href="/signin" className="font-medium text-brand-600 hover:underline">Back to sign in</Link>
      </p>
    </>
  );
}
