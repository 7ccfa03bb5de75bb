"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import { createTokenAction, type CreateTokenState } from "./actions";

export function CreateTokenForm() {
  const [state, action, pending] = useActionState<CreateTokenState, FormData>(createTokenAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem_12rem_auto] sm:items-start">
        <Field label="Name" name="name" errors={e.name}>
          <TextInput name="name" defaultValue={state.token ? "" : state.values?.name} errors={e.name} placeholder="CI deploys" />
        </Field>
        <Field label="Access" name="access" errors={e.scopes}>
          <Select name="access" defaultValue={state.values?.access ?? "read"} errors={e.scopes}>
            <option value="read">Read only</option>
            <option value="write">Read and write</option>
          </Select>
        </Field>
        <Field label="Expires on (optional)" name="expiresAt" errors={e.expiresAt}>
          <TextInput name="expiresAt" type="date" defaultValue={state.token ? "" : state.values?.expiresAt} errors={e.expiresAt} />
        </Field>
        <Button type="submit" disabled={pending} className="sm:mt-7">
          {pending ? "Creating…" : "Create token"}
        </Button>
      </div>
      {state.token ? (
        <div role="status" className="space-y-1 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          <p>Copy this token now: it is shown only once.</p>
          <input readOnly aria-label="New API token" value={state.token} className="w-full rounded bg-white px-2 py-1 font-mono text-xs ring-1 ring-emerald-200" onFocus={(ev) => ev.currentTarget.select()} />
        </div>
      ) : null}
    </form>
  );
}
