import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const control =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600 aria-[invalid=true]:ring-red-500";

type FieldProps = { label: string; name: string; errors?: string[]; hint?: ReactNode; children?: ReactNode };

/** A labelled control with its validation message underneath, linked by aria-describedby. */
export function Field({ label, name, errors, hint, children }: FieldProps) {
  const errorId = `${name}-error`;
  return (
    <div className="space-y-1.5">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !errors?.length ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {errors?.length ? (
        <p id={errorId} role="alert" className="text-sm text-red-600">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

function invalidProps(name: string, errors?: string[]) {
  return errors?.length ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {};
}

export function TextInput({ name, errors, ...props }: InputHTMLAttributes<HTMLInputElement> & { name: string; errors?: string[] }) {
  return <input id={name} name={name} className={control} {...invalidProps(name, errors)} {...props} />;
}

export function Select({ name, errors, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { name: string; errors?: string[] }) {
  return <select id={name} name={name} className={control} {...invalidProps(name, errors)} {...props} />;
}

export function TextArea({ name, errors, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; errors?: string[] }) {
  return <textarea id={name} name={name} className={control} {...invalidProps(name, errors)} {...props} />;
}

/**
 * A checkbox that always posts a value: a hidden "false" first, then "true" when ticked (the last
 * value wins in lib/parse-form.ts), so an unticked box can turn off a setting that defaults to on.
 */
export function Checkbox({ label, name, hint, errors, defaultChecked }: { label: string; name: string; hint?: ReactNode; errors?: string[]; defaultChecked?: boolean }) {
  return (
    <div className="space-y-1">
      <input type="hidden" name={name} value="false" />
      <label htmlFor={name} className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <input
          id={name}
          name={name}
          type="checkbox"
          value="true"
          defaultChecked={defaultChecked}
          className="h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-600"
          {...invalidProps(name, errors)}
        />
        {label}
      </label>
      {hint && !errors?.length ? <p className="pl-6 text-xs text-slate-500">{hint}</p> : null}
      {errors?.length ? (
        <p id={`${name}-error`} role="alert" className="pl-6 text-sm text-red-600">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function FormMessage({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ring-1 ring-red-200">
      {message}
    </div>
  );
}
