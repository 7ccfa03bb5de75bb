"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";

export type CheckFormValues = {
  name: string;
  url: string;
  method: string;
  expectedStatus: string;
  intervalSeconds: number;
  timeoutMs: number;
  failureThreshold: number;
};

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial?: CheckFormValues;
  submitLabel: string;
};

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

export function CheckForm({ action, initial, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  const v = (name: string, fallback: string | number | undefined) => state.values?.[name] ?? (fallback === undefined ? undefined : String(fallback));
  return (
    <form action={formAction} className="max-w-2xl space-y-5" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="config.type" value="http" />
      <input type="hidden" name="config.assertions.0.type" value="status" />
      <Field label="Name" name="name" errors={e.name}>
        <TextInput name="name" defaultValue={v("name", initial?.name)} errors={e.name} placeholder="API health" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
        <Field label="Method" name="config.method" errors={e["config.method"]}>
          <Select name="config.method" defaultValue={v("config.method", initial?.method ?? "GET")} errors={e["config.method"]}>
            {METHODS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </Select>
        </Field>
        <Field label="URL" name="config.url" errors={e["config.url"]}>
          <TextInput name="config.url" type="url" defaultValue={v("config.url", initial?.url)} errors={e["config.url"]} placeholder="https://example.com/health" />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Expected status" name="config.assertions.0.expected" errors={e["config.assertions.0.expected"]} hint="A code, a list or a range: 200, 200,204, 200-299, 2xx.">
          <TextInput
            name="config.assertions.0.expected"
            defaultValue={v("config.assertions.0.expected", initial?.expectedStatus ?? "200-299")}
            errors={e["config.assertions.0.expected"]}
          />
        </Field>
        <Field label="Interval (seconds)" name="intervalSeconds" errors={e.intervalSeconds} hint="From 10 seconds to 86400 (24 hours).">
          <TextInput name="intervalSeconds" type="number" inputMode="numeric" defaultValue={v("intervalSeconds", initial?.intervalSeconds ?? 60)} errors={e.intervalSeconds} />
        </Field>
        <Field label="Timeout (ms)" name="timeoutMs" errors={e.timeoutMs}>
          <TextInput name="timeoutMs" type="number" inputMode="numeric" defaultValue={v("timeoutMs", initial?.timeoutMs ?? 10000)} errors={e.timeoutMs} />
        </Field>
        <Field label="Failures before down" name="failureThreshold" errors={e.failureThreshold} hint="Consecutive failed runs before the check is called down.">
          <TextInput name="failureThreshold" type="number" inputMode="numeric" defaultValue={v("failureThreshold", initial?.failureThreshold ?? 2)} errors={e.failureThreshold} />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
