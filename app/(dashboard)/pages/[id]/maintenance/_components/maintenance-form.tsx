"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextArea, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";

type Props = { action: (s: ActionState, f: FormData) => Promise<ActionState>; components: { id: string; name: string }[]; timeZone: string; defaults: { startsAt: string; endsAt: string } };

/** A new window: title, description, start and end in the page's time zone, affected components. */
export function MaintenanceForm({ action, components, timeZone, defaults }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  const v = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const selected = state.values?.["componentIds[]"]?.split(",") ?? [];
  return (
    <form action={formAction} className="max-w-2xl space-y-5" noValidate>
      <FormMessage message={state.message} />
      <Field label="Title" name="title" errors={e.title}>
        <TextInput name="title" defaultValue={v("title", "")} errors={e.title} placeholder="Database upgrade" />
      </Field>
      <Field label="Description" name="description" errors={e.description} hint="Markdown. What visitors should expect.">
        <TextArea name="description" rows={3} defaultValue={v("description", "")} errors={e.description} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={`Starts (${timeZone})`} name="startsAt" errors={e.startsAt}>
          <TextInput name="startsAt" type="datetime-local" defaultValue={v("startsAt", defaults.startsAt)} errors={e.startsAt} />
        </Field>
        <Field label={`Ends (${timeZone})`} name="endsAt" errors={e.endsAt}>
          <TextInput name="endsAt" type="datetime-local" defaultValue={v("endsAt", defaults.endsAt)} errors={e.endsAt} />
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Affected components</legend>
        <p className="text-xs text-slate-500">They show “under maintenance” during the window, and a failing check opens no incident.</p>
        {components.map((c) => (
          <label key={c.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="componentIds[]" value={c.id} defaultChecked={selected.includes(c.id)} className="h-4 w-4" />
            {c.name}
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Scheduling…" : "Schedule maintenance"}
      </Button>
    </form>
  );
}

/** A text update on a window's timeline. */
export function MaintenanceUpdateForm({ action }: { action: (s: ActionState, f: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage message={state.message} />
      <Field label="Message" name="message" errors={state.fieldErrors?.message}>
        <TextArea name="message" rows={3} errors={state.fieldErrors?.message} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Posting…" : "Post update"}
      </Button>
    </form>
  );
}
