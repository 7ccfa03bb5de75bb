"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  checks: { id: string; name: string }[];
  initial?: { name: string; slug: string; description: string | null; websiteUrl: string | null; checkIds: string[] };
  submitLabel: string;
};

export function PageForm({ action, checks, initial, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  const v = (name: string, fallback: string | null | undefined) => state.values?.[name] ?? fallback ?? undefined;
  const saved = state.values && !state.message && !state.fieldErrors;
  const selected = state.values ? (state.values["checkIds[]"]?.split(",") ?? []) : (initial?.checkIds ?? []);
  return (
    <form action={formAction} className="max-w-2xl space-y-5" noValidate>
      <FormMessage message={state.message} />
      {saved ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">
          Saved.
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" name="name" errors={e.name}>
          <TextInput name="name" defaultValue={v("name", initial?.name)} errors={e.name} placeholder="Acme status" />
        </Field>
        <Field label="Slug" name="slug" errors={e.slug} hint="The public address: /s/your-slug">
          <TextInput name="slug" defaultValue={v("slug", initial?.slug)} errors={e.slug} placeholder="acme" autoCapitalize="none" />
        </Field>
      </div>
      <Field label="Description" name="description" errors={e.description}>
        <TextInput name="description" defaultValue={v("description", initial?.description)} errors={e.description} />
      </Field>
      <Field label="Your website" name="websiteUrl" errors={e.websiteUrl} hint="Optional: a link back from the status page.">
        <TextInput name="websiteUrl" type="url" defaultValue={v("websiteUrl", initial?.websiteUrl)} errors={e.websiteUrl} />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Checks shown on this page</legend>
        {checks.length === 0 ? <p className="text-sm text-slate-600">You have no checks yet. Create one first.</p> : null}
        {checks.map((check) => (
          <label key={check.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="checkIds[]"
              value={check.id}
              defaultChecked={selected.includes(check.id)}
              className="h-4 w-4 rounded border-slate-300 text-brand-600"
            />
            {check.name}
          </label>
        ))}
        {e.checkIds ? (
          <p role="alert" className="text-sm text-red-600">
            {e.checkIds.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
