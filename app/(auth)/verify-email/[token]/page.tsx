import type { Metadata } from "next";
import Link from "next/link";
import { verificationToken } from "@/lib/schemas/user";
import { findVerificationLink } from "@/lib/services/accounts/verification";
import { LINK_NOT_VALID } from "@/lib/auth/verify-email-provider";
import { ConfirmButton } from "./confirm-button";

export const metadata: Metadata = { title: "Verify your e-mail" };

/**
 * Shows what the link will do and spends it only on a click: mail scanners that prefetch links
 * would otherwise use up a single-use token before its owner opens it.
 */
export default async function VerificationLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const parsed = verificationToken.safeParse(token);
  const link = parsed.success ? await findVerificationLink(parsed.data) : null;
  if (!link) {
    return (
      <>
        <h1 className="mb-2 text-xl font-semibold">Link not valid</h1>
        <p className="mb-4 text-sm text-slate-600">{LINK_NOT_VALID}</p>
        <Link href="/signin" className="text-sm font-medium text-brand-600 hover:underline">
          Sign in
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Verify your e-mail</h1>
      <p className="mb-6 text-sm text-slate-600">
        Confirm that <span className="font-medium">{link.email}</span> is your address. You will be signed in.
      </p>
      <ConfirmButton token={token} />
    </>
  );
}
