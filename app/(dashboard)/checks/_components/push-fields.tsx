"use client";

import { NumberField, Section, useField, useFormState } from "./form-state";

export function HeartbeatFields() {
  return (
    <Section title="Heartbeat" description="Your job calls a secret URL each time it runs; it is shown on the check's page once saved.">
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField label="Expected every (seconds)" name="config.periodSeconds" fallback={3600} hint="How often the job runs, e.g. 3600 for hourly." />
        <NumberField label="Grace time (seconds)" name="config.graceSeconds" fallback={60} hint="How late a call may be before the job counts as missed." />
      </div>
    </Section>
  );
}

export type MemberOption = { id: string; name: string };

/** Member checks are offered from this workspace only; the service checks it again. */
export function CompositeFields({ members }: { members: MemberOption[] }) {
  const { values, errors } = useFormState();
  useField("config.checkIds");
  const chosen = new Set((values["config.checkIds[]"] ?? "").split(",").filter(Boolean));
  const listErrors = Object.entries(errors)
    .filter(([key]) => key === "config.checkIds" || key.startsWith("config.checkIds."))
    .flatMap(([, messages]) => messages ?? []);
  return (
    <Section title="Composite" description="Up only while every chosen check is up. Paused checks are left out.">
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
    </Section>
  );
}
