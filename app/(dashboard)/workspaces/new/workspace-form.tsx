"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";
import { createWorkspaceAction } from "../actions";

export function WorkspaceForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(createWorkspaceAction, {});
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <FormMessage message={state.message} />
      <Field label="Workspace name" name="name" errors={state.fieldErrors?.name}>
        <TextInput name="name" defaultValue={state.values?.name} errors={state.fieldErrors?.name} placeholder="Acme Inc." />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create workspace"}
      </Button>
    </form>
  );
}
