"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";

export function AddDomainForm({ action }: { action: (s: ActionState, f: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex max-w-2xl flex-wrap items-end gap-3" noValidate>
      <div className="min-w-64 flex-1">
        <Field label="Domain" name="hostname" errors={state.fieldErrors?.hostname}>
          <TextInput name="hostname" defaultValue={state.values?.hostname} errors={state.fieldErrors?.hostname} placeholder="status.example.com" autoCapitalize="none" />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add domain"}
      </Button>
      <div className="w-full">
        <FormMessage message={state.message} />
      </div>
    </form>
  );
}
