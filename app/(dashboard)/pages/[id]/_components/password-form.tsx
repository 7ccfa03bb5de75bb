"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";

/** Sets or clears the page's password; the password itself is never shown again. */
export function PasswordForm({ action, isProtected }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; isProtected: boolean }) {
  const [state, formAction, pending] = useActionState(action, {});
  const now = state.values?.saved ? state.values.saved === "protected" : isProtected;
  return (
    <form action={formAction} className="max-w-2xl space-y-4 rounded-lg bg-white p-5 ring-1 ring-slate-200" noValidate>
      <h2 className="font-semibold">Visibility</h2>
      <p className="text-sm text-slate-600" role="status">
        {now ? "This page is password protected: visitors enter the password once." : "This page is public: anyone with the link can see it."}
      </p>
      <FormMessage message={state.message} />
      <Field label={now ? "New password" : "Password"} name="password" errors={state.fieldErrors?.password} hint="At least 8 characters. Leave empty and save to make the page public.">
        <TextInput name="password" type="password" autoComplete="new-password" errors={state.fieldErrors?.password} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save visibility"}
      </Button>
    </form>
  );
}
