"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { changePasswordAction, type PasswordChangeState } from "../actions";

export function PasswordForm() {
  const [state, action, pending] = useActionState<PasswordChangeState, FormData>(changePasswordAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="max-w-sm space-y-4" noValidate>
      <FormMessage message={state.message} />
      <Field label="Current password" name="currentPassword" errors={e.currentPassword}>
        <TextInput name="currentPassword" type="password" autoComplete="current-password" errors={e.currentPassword} />
      </Field>
      <Field label="New password" name="newPassword" errors={e.newPassword} hint="At least 8 characters.">
        <TextInput name="newPassword" type="password" autoComplete="new-password" errors={e.newPassword} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
      {state.changed ? (
        <p role="status" className="text-sm text-emerald-700">
          Password changed.{state.signedOut ? ` Signed out ${state.signedOut} other ${state.signedOut === 1 ? "session" : "sessions"}.` : ""}
        </p>
      ) : null}
    </form>
  );
}
