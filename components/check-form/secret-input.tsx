"use client";

import { useState, type InputHTMLAttributes } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { KEPT_SECRET } from "@/lib/schemas/check-config/kept-secret";
import { useField } from "./form-state";

type Props = { name: string; label: string; defaultValue?: string; errors?: string[] } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue">;

/**
 * A write-only secret. A saved one arrives as KEPT_SECRET, never as its value: it shows as "set"
 * and posts KEPT_SECRET (the service keeps the stored value) until the user chooses Replace.
 * Buttons carry the field's name as hidden text, not aria-label, so the label names only the input.
 */
export function SecretInput({ name, label, defaultValue, errors, ...input }: Props) {
  const saved = defaultValue === KEPT_SECRET;
  const [replacing, setReplacing] = useState(!saved);
  if (!replacing) {
    return (
      <div className="flex items-center gap-2">
        <input type="hidden" name={name} value={KEPT_SECRET} />
        {/* Disabled, so it is not posted; it gives the label something to point at. */}
        <TextInput name={name} value="••• set" disabled readOnly aria-label={input["aria-label"]} errors={errors} />
        <Button type="button" variant="secondary" onClick={() => setReplacing(true)}>
          Replace<span className="sr-only"> {label}</span>
        </Button>
      </div>
    );
  }
  return (
    <div className="flex items-center gap-2">
      <TextInput name={name} defaultValue={saved ? "" : defaultValue} autoFocus={saved} errors={errors} {...input} />
      {saved ? (
        <Button type="button" variant="ghost" onClick={() => setReplacing(false)}>
          Keep saved<span className="sr-only"> {label}</span>
        </Button>
      ) : null}
    </div>
  );
}

/** A labelled SecretInput bound to the check form's values and errors. */
export function SecretField({ label, name, hint, ...input }: { label: string; name: string; hint?: string } & Omit<Props, "label" | "name" | "defaultValue" | "errors">) {
  const field = useField(name);
  return (
    <Field label={label} name={name} errors={field.errors} hint={hint}>
      <SecretInput name={name} label={label.toLowerCase()} defaultValue={field.defaultValue} errors={field.errors} {...input} />
    </Field>
  );
}
