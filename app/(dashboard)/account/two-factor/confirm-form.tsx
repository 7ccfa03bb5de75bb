"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { confirmTwoFactorAction, type ConfirmState } from "./actions";

export function ConfirmForm() {
  const [state, action, pending] = useActionState<ConfirmState, FormData>(confirmTwoFactorAction, {});
  if (state.recoveryCodes) {
    return (
      <div className="space-y-3" role="status">
        <h3 className="font-semibold">Two-factor authentication is on. Save your recovery codes</h3>
        <p className="text-sm text-slate-700">
          Each code signs you in once if you lose your phone. They are shown only now: store them in your password manager or print them.
        </p>
        <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 font-mono text-sm ring-1 ring-slate-200 sm:max-w-sm">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Link href="/account" className={buttonClass()}>
          I have saved my recovery codes
        </Link>
      </div>
    );
  }
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="max-w-xs space-y-4" noValidate>
      <FormMessage message={state.message} />
      <Field label="Code from your app" name="code" errors={e.code}>
        <TextInput name="code" inputMode="numeric" autoComplete="one-time-code" errors={e.code} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Checking…" : "Turn on two-factor authentication"}
      </Button>
    </form>
  );
}
