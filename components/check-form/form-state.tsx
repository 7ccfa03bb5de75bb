"use client";

import { createContext, useContext, type ReactNode } from "react";
import { Checkbox, Field, Select, TextArea, TextInput } from "@/components/ui/field";

/** What every field of the check form reads: values by schema path, and the action's errors. */
type FormState = {
  values: Record<string, string>;
  errors: Record<string, string[] | undefined>;
  /** Names of the fields rendered so far in this render, so no error goes unshown (see UnplacedErrors). */
  placed: Set<string>;
};

const FormStateContext = createContext<FormState>({ values: {}, errors: {}, placed: new Set() });

export function FormStateProvider({ values, errors, children }: Omit<FormState, "placed"> & { children: ReactNode }) {
  return (
    <FormStateContext.Provider value={{ values, errors, placed: new Set() }}>
      {children}
      <UnplacedErrors />
    </FormStateContext.Provider>
  );
}

export function useFormState() {
  return useContext(FormStateContext);
}

/** The current value of a field (submitted, else the check's, else the fallback) and its errors. */
export function useField(name: string, fallback?: string | number) {
  const { values, errors, placed } = useFormState();
  placed.add(name);
  return { defaultValue: values[name] ?? (fallback === undefined ? undefined : String(fallback)), errors: errors[name] };
}

/** Errors for paths no field showed (a list as a whole, say): listed after the fields, never lost. */
function UnplacedErrors() {
  const { errors, placed } = useFormState();
  const unplaced = Object.entries(errors).filter(([key, messages]) => messages?.length && ![...placed].some((name) => key === name || key.startsWith(`${name}.`)));
  if (unplaced.length === 0) return null;
  return (
    <ul role="alert" className="list-inside list-disc rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ring-1 ring-red-200">
      {unplaced.map(([key, messages]) => (
        <li key={key}>
          {key.replace(/^config\./, "")}: {messages?.[0]}
        </li>
      ))}
    </ul>
  );
}

type Common = { label: string; name: string; hint?: ReactNode; fallback?: string | number };

export function TextField({ label, name, hint, fallback, ...input }: Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue">) {
  const field = useField(name, fallback);
  return (
    <Field label={label} name={name} errors={field.errors} hint={hint}>
      <TextInput name={name} defaultValue={field.defaultValue} errors={field.errors} {...input} />
    </Field>
  );
}

export function NumberField(props: Common & { placeholder?: string; min?: number; max?: number }) {
  return <TextField type="number" inputMode="numeric" {...props} />;
}

export function TextAreaField({ label, name, hint, fallback, rows = 3, placeholder }: Common & { rows?: number; placeholder?: string }) {
  const field = useField(name, fallback);
  return (
    <Field label={label} name={name} errors={field.errors} hint={hint}>
      <TextArea name={name} rows={rows} defaultValue={field.defaultValue} errors={field.errors} placeholder={placeholder} />
    </Field>
  );
}

export function SelectField({ label, name, hint, fallback, options }: Common & { options: ReadonlyArray<readonly [value: string, label: string]> }) {
  const field = useField(name, fallback);
  return (
    <Field label={label} name={name} errors={field.errors} hint={hint}>
      <Select name={name} defaultValue={field.defaultValue} errors={field.errors}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function CheckboxField({ label, name, hint, fallback }: { label: string; name: string; hint?: ReactNode; fallback: boolean }) {
  const field = useField(name, String(fallback));
  return <Checkbox label={label} name={name} hint={hint} errors={field.errors} defaultChecked={field.defaultValue === "true"} />;
}

/** A titled group of fields. */
export function Section({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <legend className="sr-only">{title}</legend>
      <div aria-hidden="true">
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        {description ? <p className="mt-0.5 text-xs text-slate-500">{description}</p> : null}
      </div>
      {children}
    </fieldset>
  );
}
