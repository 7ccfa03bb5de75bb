import type { Metadata } from "next";
import { localPath } from "@/lib/schemas/callback-url";
import { invitationToken } from "@/lib/schemas/member";
import { invitedEmail } from "@/lib/services/accounts/sign-up-gate";
import { SignUpForm } from "./signup-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const callbackUrl = localPath.parse(query.callbackUrl);
  const invitation = invitationToken.safeParse(query.invitation).data;
  const invitedAddress = await invitedEmail(invitation);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create your account</h1>
      <p className="mb-6 text-sm text-slate-600">Monitor your services and publish a status page in minutes.</p>
      <SignUpForm callbackUrl={callbackUrl} invitation={invitedAddress ? { token: invitation!, email: invitedAddress } : undefined} />
    </>
  );
}
