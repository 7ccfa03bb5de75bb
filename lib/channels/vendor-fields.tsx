"use client";

import type { ReactNode } from "react";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import type { ChannelFieldsProps } from "./form-section";

type FieldOptions = { form: ChannelFieldsProps; field: string; label: string; hint?: ReactNode };

function savedText(form: ChannelFieldsProps, field: string, fallback = ""): string {
  const value = form.config?.[field];
  return typeof value === "string" || typeof value === "number" ? String(value) : fallback;
}

/** A `config.<field>` text box showing the saved value. */
export function ConfigText({ form, field, label, hint, placeholder, fallback }: FieldOptions & { placeholder?: string; fallback?: string }) {
  const name = `config.${field}`;
  const errors = form.fieldErrors[name];
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      <TextInput name={name} defaultValue={savedText(form, field, fallback)} placeholder={placeholder} errors={errors} />
    </Field>
  );
}

/** A `config.<field>` textarea; `toText` turns the saved value back into the lines the user typed. */
export function ConfigLines({ form, field, label, hint, placeholder, toText }: FieldOptions & { placeholder?: string; toText: (saved: unknown) => string }) {
  const name = `config.${field}`;
  const errors = form.fieldErrors[name];
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      <TextArea name={name} rows={4} defaultValue={toText(form.config?.[field])} placeholder={placeholder} errors={errors} />
    </Field>
  );
}

/** A `config.<field>` select of fixed options. */
export function ConfigSelect({ form, field, label, hint, options, fallback }: FieldOptions & { options: readonly { value: string; label: string }[]; fallback: string }) {
  const name = `config.${field}`;
  const errors = form.fieldErrors[name];
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      <Select name={name} defaultValue={savedText(form, field, fallback)} errors={errors}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A write-only `secrets.<field>`: a saved value shows as set, and a blank box keeps it. */
export function SecretText({ form, field, label, hint, placeholder }: FieldOptions & { placeholder?: string }) {
  const name = `secrets.${field}`;
  const errors = form.fieldErrors[name];
  const saved = form.secretsSet.includes(field);
  return (
    <Field label={label} name={name} errors={errors} hint={saved ? "Saved. Leave blank to keep it, or type a new one to replace it." : hint}>
      <TextInput name={name} type="password" autoComplete="off" placeholder={saved ? "••• set" : placeholder} errors={errors} />
    </Field>
  );
}
