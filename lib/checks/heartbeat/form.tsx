"use client";

import { NumberField, Section } from "@/components/check-form/form-state";

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
