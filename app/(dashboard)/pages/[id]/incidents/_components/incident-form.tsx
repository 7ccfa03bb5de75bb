"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextArea, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";
import { COMPONENT_LABELS } from "@/lib/status";

type Props = {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  components: { id: string; name: string }[];
  /** The states components show now; empty for a new incident. */
  current?: Record<string, string>;
  status?: string;
  mode: "create" | "update";
};

const STATES = ["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"] as const;

/** A new incident (title, impact, publish) or an update to one: status, Markdown message, component states. */
export function IncidentForm({ action, components, current = {}, status = "investigating", mode }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  const v = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  return (
    <form action={formAction} className="max-w-2xl space-y-5" noValidate>
      <FormMessage message={state.message} />
      {mode === "create" ? (
        <Field label="Title" name="title" errors={e.title}>
          <TextInput name="title" defaultValue={v("title", "")} errors={e.title} placeholder="Elevated error rates on the API" />
        </Field>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Status" name="status" errors={e.status}>
          <Select name="status" defaultValue={v("status", status)} errors={e.status}>
            <option value="investigating">Investigating</option>
            <option value="identified">Identified</option>
            <option value="monitoring">Monitoring</option>
            <option value="resolved">Resolved</option>
          </Select>
        </Field>
        {mode === "create" ? (
          <Field label="Impact" name="impact" errors={e.impact}>
            <Select name="impact" defaultValue={v("impact", "minor")} errors={e.impact}>
              <option value="none">None</option>
              <option value="minor">Minor</option>
              <option value="major">Major</option>
              <option value="critical">Critical</option>
            </Select>
          </Field>
        ) : null}
      </div>
      <Field label="Message" name="message" errors={e.message} hint="Markdown: **bold**, lists, links. HTML is shown as text.">
        <TextArea name="message" rows={5} defaultValue={v("message", "")} errors={e.message} />
      </Field>
      {components.length > 0 ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">Affected components</legend>
          <p className="text-xs text-slate-500">What each component shows while the incident is open. Resolving returns them to their checks&apos; state.</p>
          {components.map((c) => (
            <div key={c.id} className="flex items-center justify-between gap-3">
              <label htmlFor={`components.${c.id}`} className="text-sm">
                {c.name}
              </label>
              <select
                id={`components.${c.id}`}
                name={`components.${c.id}`}
                defaultValue={v(`components.${c.id}`, current[c.id] ?? "")}
                className="rounded-md border-0 px-2.5 py-1.5 text-sm ring-1 ring-inset ring-slate-300"
              >
                <option value="">Not affected</option>
                {STATES.map((s) => (
                  <option key={s} value={s}>
                    {COMPONENT_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      ) : null}
      {mode === "create" ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="publish" defaultChecked className="h-4 w-4" />
          Publish on the status page now (otherwise it is kept as a draft)
        </label>
      ) : (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="notify" defaultChecked className="h-4 w-4" />
          Notify subscribers
        </label>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : mode === "create" ? "Create incident" : "Post update"}
      </Button>
    </form>
  );
}
