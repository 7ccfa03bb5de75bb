import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { requireSession } from "@/lib/auth/context";
import { listSessions } from "@/lib/services/sessions/manage";
import { twoFactorStatus } from "@/lib/services/two-factor/status";
import { PasswordForm } from "./_components/password-form";
import { SessionsList } from "./_components/sessions-list";

export const metadata: Metadata = { title: "Account" };

const section = "space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200";

export default async function AccountPage() {
  const ctx = await requireSession();
  const [sessions, twoFactor] = await Promise.all([listSessions(ctx), twoFactorStatus(ctx.userId)]);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Account</h1>
        <Link href="/account/sign-in-methods" className="text-sm font-medium text-brand-600 hover:underline">
          Sign-in methods
        </Link>
      </div>

      <section aria-labelledby="password-heading" className={section}>
        <h2 id="password-heading" className="font-semibold">Password</h2>
        <p className="text-sm text-slate-600">Changing your password signs you out on every other device.</p>
        <PasswordForm />
      </section>

      <section aria-labelledby="two-factor-heading" className={section}>
        <h2 id="two-factor-heading" className="font-semibold">Two-factor authentication</h2>
        {twoFactor.state === "on" ? (
          <p className="text-sm text-slate-700">
            On. Signing in asks for a code from your authenticator app. {twoFactor.recoveryCodesLeft} of 10 recovery codes left.
          </p>
        ) : (
          <p className="text-sm text-slate-700">Off. Add a code from an authenticator app to every sign-in, so a stolen password is not enough.</p>
        )}
        <Link href="/account/two-factor" className={buttonClass("secondary")}>
          {twoFactor.state === "on" ? "Manage two-factor authentication" : "Set up two-factor authentication"}
        </Link>
      </section>

      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">Sessions</h2>
        <p className="text-sm text-slate-600">Browsers signed in to your account. Revoking one signs it out on its next request.</p>
        <SessionsList sessions={sessions} />
      </section>
    </div>
  );
}
