"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import { inviteAction, type InviteState } from "./actions";

export function InviteForm({ canInviteAdmins }: { canInviteAdmins: boolean }) {
  const [state, action, pending] = useActionState<InviteState, FormData>(inviteAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-start">
        <Field label="E-mail address" name="email" errors={e.email}>
          <TextInput name="email" type="email" defaultValue={state.link ? "" : state.values?.email} errors={e.email} placeholder="colleague@example.com" />
        </Field>
        <Field label="Role" name="role" errors={e.role}>
          <Select name="role" defaultValue={state.values?.role ?? "editor"} errors={e.role}>
            {canInviteAdmins ? <option value="admin">Admin</option> : null}
            <option value="editor">Editor</option>
            <option value="viewer">Viewer</option>
          </Select>
        </Field>
        <Button type="submit" disabled={pending} className="sm:mt-7">
          {pending ? "Inviting…" : "Send invitation"}
        </Button>
      </div>
      {state.link ? (
        <div role="status" className="space-y-1 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          <p>{state.emailed
              ? `Invitation e-mailed to ${state.values?.email}. You can also share this link:`
              : `E-mail is not set up on this instance (the message waits in the dev outbox): send ${state.values?.email} this link yourself.`}</p>
          <input readOnly aria-label="Invitation link" value={state.link} className="w-full rounded bg-white px-2 py-1 font-mono text-xs ring-1 ring-emerald-200" onFocus={(ev) => ev.currentTarget.select()} />
        </div>
      ) : null}
    </form>
  );
}
