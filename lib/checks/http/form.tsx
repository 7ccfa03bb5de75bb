"use client";

import { CheckboxField, NumberField, Section, SelectField, TextAreaField, TextField } from "@/components/check-form/form-state";
import { HttpAssertions } from "./form-assertions";
import { HttpAuthFields } from "./form-auth";
import { KeyValueRows } from "@/components/check-form/key-value-rows";

const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].map((m) => [m, m] as const);

export function HttpFields() {
  return (
    <>
      <Section title="Request">
        <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
          <SelectField label="Method" name="config.method" fallback="GET" options={methods} />
          <TextField label="URL" name="config.url" type="url" placeholder="https://example.com/health" />
        </div>
        <KeyValueRows prefix="config.query" title="Query parameters" noun="Parameter" namePlaceholder="name" valuePlaceholder="value" />
        <KeyValueRows prefix="config.headers" title="Request headers" noun="Header" namePlaceholder="Accept" valuePlaceholder="application/json" secretValues />
        <TextAreaField label="Request body" name="config.body" hint="Sent as is, for methods that take a body." placeholder='{"ping": true}' />
        <HttpAuthFields />
      </Section>
      <Section title="Connection">
        <div className="grid gap-4 sm:grid-cols-2">
          <CheckboxField label="Follow redirects" name="config.followRedirects" fallback />
          <NumberField label="Maximum redirects" name="config.maxRedirects" fallback={5} hint="From 0 to 20; each hop is checked against private networks." />
        </div>
        <CheckboxField label="Verify TLS certificates" name="config.verifyTls" fallback hint="Turn off only for self-signed internal services." />
      </Section>
      <Section title="Expected response" description="Every expectation must hold for a run to pass.">
        <HttpAssertions />
        <CheckboxField label="Upside down" name="config.upsideDown" fallback={false} hint="The check passes when the expectations fail, e.g. to watch that an admin page stays unreachable." />
      </Section>
    </>
  );
}
