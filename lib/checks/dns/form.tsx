"use client";

import { Section, SelectField, TextAreaField, TextField } from "@/components/check-form/form-state";

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
