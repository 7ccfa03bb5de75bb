"use client";

import { CheckboxField, NumberField, Section, TextAreaField, TextField } from "@/components/check-form/form-state";

export function TcpFields() {
  return (
    <Section title="TCP port" description="Up when a connection opens (and, optionally, the reply contains the expected text).">
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <TextField label="Host" name="config.host" placeholder="db.example.com" />
        <NumberField label="Port" name="config.port" placeholder="5432" />
      </div>
      <TextAreaField label="Send" name="config.send" hint="Optional text written once connected." placeholder="PING" rows={2} />
      <TextField label="Expect in reply" name="config.expect" hint="Optional text the reply (or the banner) must contain." placeholder="+PONG" />
      <CheckboxField label="Upside down" name="config.upsideDown" fallback={false} hint="Passes when the port is closed." />
    </Section>
  );
}
