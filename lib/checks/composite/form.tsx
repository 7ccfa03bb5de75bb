"use client";

import { useState } from "react";
import { Field, Select } from "@/components/ui/field";
import { NumberField, Section, useField, useFormState } from "@/components/check-form/form-state";
import type { FormSectionProps } from "../form-section";

/** Member checks are offered from this workspace only; the service checks it again. */
export function CompositeFields({ members }: FormSectionProps) {
  const { values, errors } = useFormState();
  useField("config.checkIds");
  const chosen = new Set((values["config.checkIds[]"] ?? "").split(",").filter(Boolean));
  const listErrors = Object.entries(errors)
    .filter(([key]) => key === "config.checkIds" || key.startsWith("config.checkIds."))
    .flatMap(([, messages]) => messages ?? []);
  return (
    <Section title="Composite" description="Up while every chosen check is up; degraded while some are down but the rule holds. Paused checks are left out.">
      <div role="group" aria-labelledby="members-label" aria-describedby={listErrors.length ? "config.checkIds-error" : undefined} className="space-y-2">
        <p id="members-label" className="text-sm font-medium text-slate-800">
          Checks
        </p>
        {members.length === 0 ? <p className="text-sm text-slate-600">Create other checks first.</p> : null}
        {members.map((member) => (
          <label key={member.id} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="config.checkIds[]" value={member.id} defaultChecked={chosen.has(member.id)} className="h-4 w-4 rounded border-slate-300" />
            {member.name}
          </label>
        ))}
        {listErrors.length ? (
          <p id="config.checkIds-error" role="alert" className="text-sm text-red-600">
            {listErrors[0]}
          </p>
        ) : null}
      </div>
      <RuleFields />
    </Section>
  );
}

const rules = [
  ["all", "Every check must be up"],
  ["any", "At least one check must be up"],
  ["at_least", "At least K checks must be up"],
] as const;

/** K is asked for only with "at least K"; the schema checks 1 ≤ K ≤ the checks chosen. */
function RuleFields() {
  const field = useField("config.rule", "all");
  const [rule, setRule] = useState(field.defaultValue ?? "all");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label="Rule" name="config.rule" errors={field.errors} hint="Down when the rule fails.">
        <Select name="config.rule" value={rule} onChange={(event) => setRule(event.target.value)} errors={field.errors}>
          {rules.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      {rule === "at_least" ? <NumberField label="K (checks that must be up)" name="config.k" min={1} hint="E.g. 2 for a cluster of three replicas." /> : null}
    </div>
  );
}
