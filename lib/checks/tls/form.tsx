"use client";

import { CheckboxField, NumberField, Section, TextField } from "@/components/check-form/form-state";

export function TlsFields() {
  return (
    <Section title="TLS certificate">
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <TextField label="Host" name="config.host" placeholder="example.com" />
        <NumberField label="Port" name="config.port" fallback={443} />
      </div>
      <NumberField label="Minimum days before expiry" name="config.minDaysValid" fallback={14} hint="The check fails when the certificate expires sooner." />
      <CheckboxField label="Certificate must match the host name" name="config.checkHostname" fallback />
      <CheckboxField label="Chain must be trusted" name="config.checkChain" fallback />
    </Section>
  );
}
