import type { Metadata } from "next";
import Link from "next/link";
import { localPath } from "@/lib/schemas/callback-url";
import { invitationToken } from "@/lib/schemas/member";
import { invitedEmail, signUpOffer } from "@/lib/services/accounts/sign-up-gate";
import { SignUpForm } from "./signup-form";

export const metadata: Metadata = { title: "Create your account" };

const refusals = {
  closed: "Sign-up is closed on this instance. Ask its admin to invite you, or sign in if you have an account.",
  invite_only: "This instance is invite-only. Open the invitation link you received to create your account.",
};

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const callbackUrl = localPath.parse(query.callbackUrl);
  const invitation = invitationToken.safeParse(query.invitation).data;
  const invitedAddress = await invitedEmail(invitation);
  const offer = await signUpOffer(invitedAddress);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create your account</h1>
      {offer === "form" ? (
        <>
          <p className="mb-6 text-sm text-slate-600">Monitor your services and publish a status page in minutes.</p>
          <SignUpForm callbackUrl={callbackUrl} invitation={invitedAddress && invitation ? { token: invitation, email: invitedAddress } : undefined} />
        </>
      ) : (
        <div className="space-y-4">
          <p role="status" className="text-sm text-slate-600">{refusals[offer]}</p>
          <Link href="/signin" className="text-sm font-medium text-brand-600 hover:underline">
            Sign in
          </Link>
        </div>
      )}
    </>
  );
}
