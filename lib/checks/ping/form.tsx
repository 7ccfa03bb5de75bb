"use client";

import { NumberField, Section, TextField } from "@/components/check-form/form-state";

export function PingFields() {
  return (
    <Section title="Ping (ICMP)" description="Runs the system ping utility on the worker.">
      <TextField label="Host" name="config.host" placeholder="203.0.113.10" />
      <div className="grid gap-4 sm:grid-cols-3">
        <NumberField label="Packets" name="config.count" fallback={3} />
        <NumberField label="Maximum packet loss (%)" name="config.maxPacketLossPercent" fallback={0} />
        <NumberField label="Maximum average round trip (ms)" name="config.maxAvgRttMs" hint="Empty: no limit." />
      </div>
    </Section>
  );
}
