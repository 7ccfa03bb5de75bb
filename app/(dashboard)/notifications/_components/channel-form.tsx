"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, FormMessage, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";
import { channelForms } from "@/lib/channels/forms";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  type: string;
  name?: string;
  enabled?: boolean;
  config: Record<string, unknown> | null;
  secretsSet: string[];
  submitLabel: string;
};

/** The form shared by new and edit: name, on/off, then the type's own section. */
export function ChannelForm({ action, type, name, enabled = true, config, secretsSet, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const section = channelForms.find((form) => form.type === type);
  const errors = state.fieldErrors ?? {};
  const saved = state.values?.saved === "1" && !state.message;
  return (
    <form action={formAction} className="max-w-2xl space-y-5" noValidate>
      <FormMessage message={state.message} />
      {saved ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800 ring-1 ring-green-200">
          Channel saved.
        </p>
      ) : null}
      <input type="hidden" name="type" value={type} />
      <Field label="Name" name="name" errors={errors.name}>
        <TextInput name="name" defaultValue={state.values?.name ?? name ?? ""} errors={errors.name} required maxLength={80} />
      </Field>
      <Checkbox label="Enabled" name="enabled" defaultChecked={enabled} hint="A switched-off channel receives no alerts." />
      {section ? (
        <fieldset className="space-y-4">
          <legend className="mb-2 text-sm font-semibold text-slate-900">{section.label} settings</legend>
          <section.Fields config={config} secretsSet={secretsSet} fieldErrors={errors} />
        </fieldset>
      ) : (
        <p className="text-sm text-red-700">This Pingpage has no form for the channel type “{type}”.</p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
