"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";
import { alertEventLabels, alertEvents } from "@/lib/alerts/kinds";
import type { AlertPolicy, PolicyChoices } from "@/lib/services/alerts/policies/read";
import { savePolicyAction } from "./actions";
import { ChoiceGroup } from "./choice-group";
import { ESCALATION_STEPS } from "./policy-from-form";

type Props = { policy: AlertPolicy | null; choices: PolicyChoices };

/** Which checks, which events, which channels, and the delay, reminders and escalation steps. */
export function PolicyForm({ policy, choices }: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(savePolicyAction.bind(null, policy?.id ?? null), {});
  const errors = state.fieldErrors ?? {};
  const values = state.values;
  const list = (name: string, saved: string[]) => (values ? (values[name] ?? "").split(",").filter(Boolean) : saved);
  const text = (name: string, saved: number | string | null | undefined) => values?.[name] ?? (saved === null || saved === undefined ? "" : String(saved));
  const channelOptions = choices.channels.map((c) => ({ value: c.id, label: `${c.name} (${c.type})` }));
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage message={state.message} />
      <Field label="Name" name="name" errors={errors.name}>
        <TextInput name="name" defaultValue={text("name", policy?.name)} errors={errors.name} required maxLength={80} />
      </Field>
      <Field label="Checks" name="scope" errors={errors.scope} hint="All checks, checks with any of the tags below, or the checks picked below.">
        <Select name="scope" defaultValue={text("scope", policy?.scope ?? "all")} errors={errors.scope}>
          <option value="all">All checks</option>
          <option value="tags">Checks with a tag</option>
          <option value="checks">Picked checks</option>
        </Select>
      </Field>
      <ChoiceGroup legend="Tags" name="tagIds" options={choices.tags.map((t) => ({ value: t.id, label: t.name }))} selected={list("tagIds", policy?.tagIds ?? [])} errors={errors.tagIds} />
      <ChoiceGroup legend="Picked checks" name="checkIds" options={choices.checks.map((c) => ({ value: c.id, label: c.name }))} selected={list("checkIds", policy?.checkIds ?? [])} errors={errors.checkIds} />
      <ChoiceGroup legend="Events" name="events" options={alertEvents.map((e) => ({ value: e, label: alertEventLabels[e] }))} selected={list("events", policy?.events ?? ["down", "recovered"])} errors={errors.events} />
      <Field label="TLS: alert when this many days or fewer are left" name="tlsDays" errors={errors.tlsDays}>
        <TextInput name="tlsDays" type="number" min={1} max={365} defaultValue={text("tlsDays", policy?.tlsDays ?? 14)} errors={errors.tlsDays} />
      </Field>
      <ChoiceGroup legend="Channels" name="channelIds" options={channelOptions} selected={list("channelIds", policy?.channelIds ?? [])} errors={errors.channelIds} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Delay (minutes)" name="delayMinutes" errors={errors.delayMinutes} hint="Alert only if still down after this long. 0: at once.">
          <TextInput name="delayMinutes" type="number" min={0} defaultValue={text("delayMinutes", policy?.delayMinutes ?? 0)} errors={errors.delayMinutes} />
        </Field>
        <Field label="Remind every (minutes)" name="reminderMinutes" errors={errors.reminderMinutes} hint="Blank: no reminders.">
          <TextInput name="reminderMinutes" type="number" min={1} defaultValue={text("reminderMinutes", policy?.reminderMinutes)} errors={errors.reminderMinutes} />
        </Field>
        <Field label="At most (reminders)" name="reminderCap" errors={errors.reminderCap}>
          <TextInput name="reminderCap" type="number" min={0} defaultValue={text("reminderCap", policy?.reminderCap ?? 0)} errors={errors.reminderCap} />
        </Field>
      </div>
      {Array.from({ length: ESCALATION_STEPS }, (_, index) => {
        const step = policy?.escalation[index];
        const prefix = `escalation.${index}`;
        return (
          <fieldset key={index} className="space-y-2 rounded-md p-3 ring-1 ring-slate-200">
            <legend className="px-1 text-sm font-medium text-slate-800">Escalation step {index + 1}</legend>
            <Field label={`Step ${index + 1}: if nobody acknowledges within (minutes)`} name={`${prefix}.afterMinutes`} errors={errors[`${prefix}.afterMinutes`]}>
              <TextInput name={`${prefix}.afterMinutes`} type="number" min={1} defaultValue={text(`${prefix}.afterMinutes`, step?.afterMinutes)} errors={errors[`${prefix}.afterMinutes`]} />
            </Field>
            <ChoiceGroup legend={`Step ${index + 1}: notify`} name={`${prefix}.channelIds`} options={channelOptions} selected={list(`${prefix}.channelIds`, step?.channelIds ?? [])} errors={errors[`${prefix}.channelIds`]} />
          </fieldset>
        );
      })}
      <Checkbox label="Enabled" name="enabled" defaultChecked={values ? (values.enabled ?? "").endsWith("true") : (policy?.enabled ?? true)} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : policy ? "Save policy" : "Create policy"}
      </Button>
    </form>
  );
}
