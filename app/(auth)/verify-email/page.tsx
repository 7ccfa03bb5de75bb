import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/dashboard/sign-out-button";
import { requireSignedInUserId } from "@/lib/auth/context";
import { mailTransportKind } from "@/lib/email/transport";
import { emailStatus } from "@/lib/services/accounts/verification";
import { isInstanceAdmin } from "@/lib/services/instance/admin";
import { ResendForm } from "./resend-form";

export const metadata: Metadata = { title: "Verify your e-mail" };

/** Where the dashboard sends a signed-in user whose address is not verified yet. */
export default async function VerifyEmailPage() {
  const userId = await requireSignedInUserId();
  const user = await emailStatus(userId);
  if (!user) redirect("/signin");
  if (user.verified) redirect("/checks");
  const [transport, admin] = await Promise.all([mailTransportKind(), isInstanceAdmin(userId)]);
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Verify your e-mail</h1>
      <p className="mb-4 text-sm text-slate-600">
        We sent a link to <span className="font-medium">{user.email}</span>. Open it to finish setting up your account.
      </p>
      {transport === "outbox" && admin ? (
        <p className="mb-4 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
          No mail server is configured yet, so your link is in the instance outbox. Send a new one to see it here.
        </p>
      ) : null}
      <ResendForm />
      <div className="mt-4 text-center">
        <SignOutButton />
      </div>
    </>
  );
}
