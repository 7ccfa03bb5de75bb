"use client";

import { useState } from "react";
import { Field, TextInput } from "@/components/ui/field";

type Props = { label: string; field: string; set: boolean; errors?: string[]; hint?: string };

/**
 * A write-only secret input for channel forms: a stored value is never sent to the browser, so
 * the form shows that one is set and offers to replace it. Posts `secrets.<field>`; blank keeps it.
 */
export function SecretField({ label, field, set, errors, hint }: Props) {
  const [replacing, setReplacing] = useState(!set || Boolean(errors?.length));
  const name = `secrets.${field}`;
  if (!replacing) {
    return (
      <div className="space-y-1.5">
        <span className="block text-sm font-medium text-slate-800">{label}</span>
        <div className="flex items-center gap-3 text-sm">
          <span className="text-slate-600">••• set</span>
          <button type="button" className="text-brand-700 underline" onClick={() => setReplacing(true)} aria-label={`Replace ${label}`}>
            Replace
          </button>
        </div>
      </div>
    );
  }
  return (
    <Field label={label} name={name} errors={errors} hint={set ? "Leave blank to keep the stored value." : hint}>
      <TextInput name={name} type="password" autoComplete="off" errors={errors} />
    </Field>
  );
}
