"use client";

import type { ChannelFieldsProps } from "../form-section";
import { SecretField } from "../secret-field";

export function TeamsFields({ secretsSet, fieldErrors }: ChannelFieldsProps) {
  return (
    <SecretField
      label="Workflow URL"
      field="webhookUrl"
      set={secretsSet.includes("webhookUrl")}
      errors={fieldErrors["secrets.webhookUrl"]}
      hint='In Teams: channel → Workflows → "Post to a channel when a webhook request is received", then copy its URL.'
    />
  );
}
