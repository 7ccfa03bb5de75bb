"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";
import type { MailSettingsView } from "@/lib/services/instance/mail-settings";
import { saveMailSettingsAction } from "./actions";

/** The SMTP password is write-only: the form only says whether one is set. */
export function MailSettingsForm({ settings }: { settings: MailSettingsView }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveMailSettingsAction, {});
  const e = state.fieldErrors ?? {};
  const v = state.values;
  return (
    <form action={action} className="max-w-2xl space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200" noValidate>
      <FormMessage message={state.message ?? e._form?.join(" ")} />
      {v?.saved ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          Mail settings saved.
        </p>
      ) : null}
      <Field label="Delivery" name="transport" errors={e.transport}>
        <Select name="transport" defaultValue={v?.transport ?? settings.transport} errors={e.transport}>
          <option value="outbox">Dev outbox (nothing leaves this instance)</option>
          <option value="smtp">SMTP server</option>
        </Select>
      </Field>
      <Field label="SMTP URL" name="smtpUrl" errors={e.smtpUrl} hint="smtp://user@mail.example.com:587 (STARTTLS) or smtps://user@mail.example.com:465 (TLS).">
        <TextInput name="smtpUrl" defaultValue={v?.smtpUrl ?? settings.smtpUrl ?? ""} errors={e.smtpUrl} placeholder="smtp://user@mail.example.com:587" />
      </Field>
      <Field
        label={settings.hasSmtpPassword ? "Replace SMTP password" : "SMTP password"}
        name="smtpPassword"
        errors={e.smtpPassword}
        hint={settings.hasSmtpPassword ? "••• set. Leave empty to keep it." : "Stored encrypted; never shown again."}
      >
        <TextInput name="smtpPassword" type="password" autoComplete="new-password" errors={e.smtpPassword} />
      </Field>
      <Field label="From address" name="from" errors={e.from} hint="The sender people see, e.g. Pingpage <status@example.com>.">
        <TextInput name="from" defaultValue={v?.from ?? settings.from ?? ""} errors={e.from} placeholder="Pingpage <status@example.com>" />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save mail settings"}
      </Button>
    </form>
  );
}
