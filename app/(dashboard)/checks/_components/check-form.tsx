"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";
import { FormStateProvider, Section, TextField, useField } from "@/components/check-form/form-state";
import type { MemberOption } from "@/lib/checks/form-section";
import { checkTypeForms } from "@/lib/checks/forms";
import { ScheduleFields } from "./schedule-fields";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  /** The check's settings by form field name (see form-values.ts); defaults for a new check. */
  initialValues: Record<string, string>;
  /** Checks a composite may include. */
  members: MemberOption[];
};

/**
 * Create and edit form for every check type. Field names are schema paths (lib/parse-form.ts), so
 * the action validates with the same zod schema as the API and shows each error beside its field.
 */
export function CheckForm({ action, submitLabel, initialValues, members }: Props) {
  const [state, dispatch, pending] = useActionState(action, {});
  const [type, setType] = useState(initialValues["config.type"] ?? "http");
  const values = { ...initialValues, ...state.values };
  const errors = state.fieldErrors ?? {};

  // Submitting outside React's form action keeps what was typed: an action resets the form after it runs.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };

  const selected = checkTypeForms.find((form) => form.type === type) ?? checkTypeForms[0]!;
  return (
    <form onSubmit={submit} className="max-w-3xl space-y-5" noValidate>
      <FormMessage message={state.message} />
      <FormStateProvider values={values} errors={errors}>
        <Section title="Check">
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="Name" name="name" placeholder="API health" />
            <TypeSelect type={type} onChange={setType} />
          </div>
        </Section>
        <selected.Fields members={members} />
        <ScheduleFields key={type} probed={selected.probed} heartbeat={type === "heartbeat"} />
      </FormStateProvider>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}

function TypeSelect({ type, onChange }: { type: string; onChange: (type: string) => void }) {
  const { errors } = useField("config.type");
  return (
    <Field label="Check type" name="config.type" errors={errors}>
      <Select name="config.type" value={type} onChange={(event) => onChange(event.target.value)} errors={errors}>
        {checkTypeForms.map((form) => (
          <option key={form.type} value={form.type}>
            {form.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
