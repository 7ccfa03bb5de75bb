"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";
import { disableTwoFactorAction } from "./actions";

export function DisableForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(disableTwoFactorAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="max-w-sm space-y-4" noValidate>
      <FormMessage message={state.message} />
      <p className="text-sm text-slate-700">To turn it off, confirm with a current code from your app or with your password.</p>
      <Field label="Code from your app" name="code" errors={e.code}>
        <TextInput name="code" inputMode="numeric" autoComplete="one-time-code" errors={e.code} />
      </Field>
      <Field label="Or your password" name="password" errors={e.password}>
        <TextInput name="password" type="password" autoComplete="current-password" errors={e.password} />
      </Field>
      <Button variant="danger" type="submit" disabled={pending}>
        {pending ? "Turning off…" : "Turn off two-factor authentication"}
      </Button>
    </form>
  );
}
