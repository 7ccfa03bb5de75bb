import type { Metadata } from "next";
import Link from "next/link";
import { getServerSession } from "next-auth";
import { Logo } from "@/components/logo";
import { buttonClass } from "@/components/ui/button";
import { authOptions } from "@/lib/auth/options";
import { NotFoundError } from "@/lib/errors";
import { invitationToken } from "@/lib/schemas/member";
import { findInvitation } from "@/lib/services/members/accept";
import { AcceptForm } from "./accept-form";

export const metadata: Metadata = { title: "Invitation" };

async function load(token: string) {
  if (!invitationToken.safeParse(token).success) return null;
  try {
    return await findInvitation(token);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, session] = await Promise.all([load(token), getServerSession(authOptions)]);
  const back = encodeURIComponent(`/invite/${token}`);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4">
      <Logo className="mb-8" />
      <div className="w-full max-w-sm space-y-4 rounded-xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
        {!invitation ? (
          <>
            <h1 className="text-xl font-semibold">Invitation not found</h1>
            <p className="text-sm text-slate-600">This invitation has expired, was revoked, or was already used. Ask for a new one.</p>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">Join {invitation.workspaceName}</h1>
            <p className="text-sm text-slate-600">
              {invitation.email} is invited as <span className="font-medium">{invitation.role}</span>.
            </p>
            {session?.user?.id ? (
              <AcceptForm token={token} workspaceName={invitation.workspaceName} />
            ) : (
              <div className="flex flex-col gap-2">
                <Link href={`/signup?invitation=${encodeURIComponent(token)}&callbackUrl=${encodeURIComponent("/checks")}`} className={buttonClass()}>Create an account</Link>
                <Link href={`/signin?callbackUrl=${back}`} className={buttonClass("secondary")}>I already have an account</Link>
              </div>
            )}
          </>
        )}
      </div>
    </main>
  );
}
