"use client";

import { CheckboxField, NumberField, Section, SelectField, TextAreaField, TextField } from "./form-state";

/** The probed types other than HTTP: one small group of fields each. */
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

export function DnsFields() {
  const types = ["A", "AAAA", "CNAME", "MX", "TXT", "NS"].map((t) => [t, t] as const);
  return (
    <Section title="DNS record">
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <TextField label="Host name" name="config.hostname" placeholder="example.com" />
        <SelectField label="Record type" name="config.recordType" fallback="A" options={types} />
      </div>
      <TextField label="Resolver" name="config.resolver" placeholder="1.1.1.1 or 9.9.9.9:53" hint="Leave empty for the server's default resolvers." />
      <TextAreaField label="Expected values" name="config.expected" hint="One per line, e.g. 93.184.216.34 or 10 mail.example.com. Empty: any answer passes." />
      <SelectField
        label="Match"
        name="config.match"
        fallback="includes"
        options={[
          ["includes", "Answers include every expected value"],
          ["exact", "Answers are exactly the expected values"],
        ]}
      />
    </Section>
  );
}

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
