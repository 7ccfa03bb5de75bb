"use client";

import { CheckboxField, NumberField, Section, TextField } from "@/components/check-form/form-state";

/** When a check runs and how its state moves; heartbeat and composite checks are not probed. */
export function ScheduleFields({ probed, heartbeat }: { probed: boolean; heartbeat: boolean }) {
  return (
    <Section title="Schedule and state" description="A state changes only after enough consecutive runs agree, so one blip does not page anyone.">
      {probed ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField label="Interval (seconds)" name="intervalSeconds" fallback={60} hint="From 10 seconds to 86400 (24 hours)." />
          <NumberField label="Timeout (ms)" name="timeoutMs" fallback={10_000} hint="From 500 to 60000 ms for the whole probe." />
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          label="Failures before down"
          name="failureThreshold"
          fallback={heartbeat ? 1 : 2}
          hint={heartbeat ? "Missed periods in a row before the check is down." : "Consecutive failed runs before the check is down."}
        />
        <NumberField label="Successes before up" name="recoveryThreshold" fallback={1} hint="Consecutive passing runs before a down check is up again." />
      </div>
      {probed ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Regions"
            name="regions"
            placeholder="eu, us"
            hint="Worker regions that each run the check, comma-separated. Empty: any one worker runs each slot."
          />
          <NumberField label="Regions that must agree" name="quorum" fallback={1} hint="How many of those regions must see the check down before it is down." />
        </div>
      ) : null}
      {probed ? <NumberField label="Degraded above (ms)" name="degradedThresholdMs" hint="Passing runs slower than this mark the check degraded. Empty: never." /> : null}
      <CheckboxField label="Paused" name="paused" fallback={false} hint="A paused check does not run and is left out of composites." />
    </Section>
  );
}
