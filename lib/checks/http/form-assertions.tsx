"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { NumberField, SelectField, TextField, useField, useFormState } from "@/components/check-form/form-state";
import { useRows } from "@/components/check-form/use-rows";

const kinds = [
  ["status", "Status code"],
  ["body", "Body text"],
  ["header", "Response header"],
  ["jsonPath", "JSON value"],
  ["responseTime", "Response time"],
] as const;

/** The expected outputs of an HTTP check, all of which must hold. */
export function HttpAssertions() {
  const prefix = "config.assertions";
  const { values } = useFormState();
  const rows = useRows(prefix);
  const [kindOf, setKindOf] = useState<Record<number, string>>(() =>
    Object.fromEntries(rows.keys.map((key) => [key, values[`${prefix}.${key}.type`] ?? "status"])),
  );
  const listError = useField(prefix).errors;
  return (
    <div className="space-y-3">
      {rows.keys.map((key, index) => (
        <div key={key} className="space-y-3 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
          <div className="flex items-end gap-2">
            <div className="flex-1">
              <Field label={`Expectation ${index + 1}`} name={`${prefix}.${index}.type`}>
                <Select name={`${prefix}.${index}.type`} value={kindOf[key] ?? "status"} onChange={(event) => setKindOf({ ...kindOf, [key]: event.target.value })}>
                  {kinds.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <Button type="button" variant="ghost" onClick={() => rows.remove(key)} aria-label={`Remove expectation ${index + 1}`}>
              Remove
            </Button>
          </div>
          <AssertionTypeErrors prefix={`${prefix}.${index}`} />
          <AssertionFields kind={kindOf[key] ?? "status"} prefix={`${prefix}.${index}`} />
        </div>
      ))}
      {listError ? (
        <p role="alert" className="text-sm text-red-600">
          {listError.join(" ")}
        </p>
      ) : null}
      <Button type="button" variant="secondary" onClick={rows.add}>
        Add expectation
      </Button>
      {rows.keys.length === 0 ? <p className="text-xs text-slate-500">With no expectation, any 2xx status passes.</p> : null}
    </div>
  );
}

function AssertionFields({ kind, prefix }: { kind: string; prefix: string }) {
  switch (kind) {
    case "body":
      return (
        <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
          <SelectField label="Body" name={`${prefix}.op`} fallback="contains" options={[["contains", "contains"], ["notContains", "does not contain"], ["matches", "matches regex"]]} />
          <TextField label="Text or pattern" name={`${prefix}.value`} placeholder='"status":"ok"' hint="Patterns use RE2 syntax, which runs in linear time: no lookaround or backreferences." />
        </div>
      );
    case "header":
      return (
        <div className="grid gap-3 sm:grid-cols-[1fr_10rem_1fr]">
          <TextField label="Header name" name={`${prefix}.name`} placeholder="content-type" />
          <SelectField label="Header" name={`${prefix}.op`} fallback="equals" options={[["equals", "equals"], ["contains", "contains"], ["matches", "matches regex"]]} />
          <TextField label="Header value" name={`${prefix}.value`} placeholder="application/json" />
        </div>
      );
    case "jsonPath":
      return (
        <div className="grid gap-3 sm:grid-cols-[1fr_8rem_1fr]">
          <TextField label="JSON path" name={`${prefix}.path`} placeholder="$.status" />
          <SelectField label="Comparison" name={`${prefix}.op`} fallback="eq" options={[["eq", "="], ["ne", "≠"], ["lt", "<"], ["gt", ">"], ["contains", "contains"]]} />
          <TextField label="Expected value" name={`${prefix}.value`} placeholder="ok" />
        </div>
      );
    case "responseTime":
      return <NumberField label="Responds within (ms)" name={`${prefix}.maxMs`} placeholder="500" />;
    default:
      return <TextField label="Status codes" name={`${prefix}.expected`} fallback="200-299" hint="A code, a list, a range or a class: 200, 200,204, 200-299, 2xx." />;
  }
}

function AssertionTypeErrors({ prefix }: { prefix: string }) {
  const errors = useField(`${prefix}.type`).errors;
  return errors ? (
    <p role="alert" className="text-sm text-red-600">
      {errors.join(" ")}
    </p>
  ) : null;
}
