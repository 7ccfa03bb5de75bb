import type { Metadata } from "next";
import Link from "next/link";
import QRCode from "qrcode";
import { ActionButton } from "@/components/ui/action-button";
import { requireSession } from "@/lib/auth/context";
import { twoFactorStatus } from "@/lib/services/two-factor/status";
import { workspacesRequiringTwoFactor } from "@/lib/services/two-factor/workspace-policy";
import { startTwoFactorAction } from "./actions";
import { ConfirmForm } from "./confirm-form";
import { DisableForm } from "./disable-form";

export const metadata: Metadata = { title: "Two-factor authentication" };

export default async function TwoFactorPage() {
  const ctx = await requireSession();
  const [status, requiring] = await Promise.all([twoFactorStatus(ctx.userId), workspacesRequiringTwoFactor(ctx.userId)]);
  const qr = status.state === "pending" ? await QRCode.toDataURL(status.uri, { margin: 1, width: 200 }) : null;
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <Link href="/account" className="text-sm text-slate-600 hover:underline">← Account</Link>
        <h1 className="text-2xl font-semibold">Two-factor authentication</h1>
      </div>
      {status.state !== "on" && requiring.length > 0 ? (
        <div role="alert" className="rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
          The owners of {requiring.join(", ")} require two-factor authentication. Set it up below to keep working in{" "}
          {requiring.length === 1 ? "that workspace" : "those workspaces"}.
        </div>
      ) : null}
      <section className="space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        {status.state === "off" ? (
          <>
            <p className="text-sm text-slate-700">
              You will need an authenticator app (1Password, Google Authenticator, Authy, Aegis…). After your password, sign-in asks for the
              six-digit code it shows.
            </p>
            <ActionButton variant="primary" className="items-start" action={startTwoFactorAction}>
              Start setup
            </ActionButton>
          </>
        ) : status.state === "pending" ? (
          <>
            <p className="text-sm text-slate-700">1. Scan this QR code with your authenticator app, or type the setup key.</p>
            {/* eslint-disable-next-line @next/next/no-img-element -- an inline data URL, nothing to optimise */}
            <img src={qr ?? ""} alt="QR code for your authenticator app" width={200} height={200} />
            <p className="text-sm">
              Setup key: <code aria-label="Setup key" className="rounded bg-slate-100 px-1.5 py-0.5 font-mono">{status.secret}</code>
            </p>
            <p className="text-sm text-slate-700">2. Enter the six-digit code the app shows.</p>
            <ConfirmForm />
          </>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              On. {status.recoveryCodesLeft} of 10 recovery codes left.
              {status.recoveryCodesLeft <= 3 ? " Turn two-factor off and on again to get new ones." : ""}
            </p>
            {requiring.length > 0 ? (
              <p className="text-sm text-slate-600">It stays on while {requiring.join(", ")} requires it.</p>
            ) : (
              <DisableForm />
            )}
          </>
        )}
      </section>
    </div>
  );
}
