import type { Metadata } from "next";
import Link from "next/link";
import { AutoRefresh } from "@/components/auto-refresh";
import { envMailTransportKind } from "@/lib/email/transport";
import { timeAgo } from "@/lib/format";
import { readMailSettings } from "@/lib/services/instance/mail-settings";
import { lastTestEmail } from "@/lib/services/instance/mail-test";
import { requireInstanceAdmin } from "../_require-admin";
import { MailSettingsForm } from "./mail-settings-form";
import { TestEmailForm } from "./test-email-form";

export const metadata: Metadata = { title: "Mail" };

const forcedBy = { smtp: "SMTP_URL", resend: "RESEND_API_KEY" } as const;

export default async function MailSettingsPage() {
  const ctx = await requireInstanceAdmin();
  const [settings, lastTest] = await Promise.all([readMailSettings(ctx), lastTestEmail(ctx)]);
  const forced = envMailTransportKind();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Mail</h1>
        <p className="text-sm text-slate-600">
          How this instance sends e-mail: verification links, password resets and invitations. Until a server is set, messages wait in the{" "}
          <Link href="/admin/outbox" className="underline">dev outbox</Link>.
        </p>
      </div>
      {forced ? (
        <p role="status" className="max-w-2xl rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {forcedBy[forced]} is set in the environment, so mail goes through {forced === "smtp" ? "that SMTP server" : "Resend"} and
          the settings below are not used until it is removed.
        </p>
      ) : null}
      <MailSettingsForm settings={settings} />
      <section aria-labelledby="test-heading" className="max-w-2xl space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="test-heading" className="font-semibold">Test e-mail</h2>
        <p className="text-sm text-slate-600">Sends a short message to your own address through the current delivery.</p>
        <TestEmailForm />
        {lastTest ? (
          <p className="text-sm" role="status" aria-label="Last test e-mail">
            {lastTest.status === "queued" ? <AutoRefresh seconds={3} /> : null}
            Last test to {lastTest.to}, {timeAgo(lastTest.createdAt)}:{" "}
            {lastTest.status === "sent"
              ? `sent${lastTest.transport === "outbox" ? " to the dev outbox" : ` through ${lastTest.transport === "smtp" ? "SMTP" : "Resend"}`}.`
              : lastTest.status === "failed"
                ? `failed: ${lastTest.lastError ?? "unknown error"}.`
                : `waiting to be sent${lastTest.lastError ? ` (last try: ${lastTest.lastError})` : ""}.`}
          </p>
        ) : null}
      </section>
    </div>
  );
}
