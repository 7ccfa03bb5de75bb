"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";
import { verifyTwoFactorAction } from "./actions";

export function TwoFactorForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(verifyTwoFactorAction.bind(null, callbackUrl), {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <Field label="Authentication code" name="code" errors={e.code} hint="The six digits from your authenticator app, or one of your recovery codes.">
        <TextInput name="code" autoComplete="one-time-code" autoFocus errors={e.code} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Checking…" : "Verify"}
      </Button>
    </form>
  );
}
