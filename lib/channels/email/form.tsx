"use client";

import { Field, TextArea } from "@/components/ui/field";
import type { ChannelFieldsProps } from "../form-section";

export function EmailFields({ config, fieldErrors }: ChannelFieldsProps) {
  const to = Array.isArray(config?.to) ? (config.to as unknown[]).map(String).join("\n") : "";
  const errors = Object.entries(fieldErrors)
    .filter(([key]) => key === "config.to" || key.startsWith("config.to."))
    .flatMap(([, messages]) => messages ?? []);
  return (
    <Field label="Recipients" name="config.to" errors={errors} hint="Up to 20 addresses, one per line or separated by commas. Sent through this instance's mail settings.">
      <TextArea name="config.to" rows={3} defaultValue={to} placeholder="oncall@example.com" errors={errors} />
    </Field>
  );
}
