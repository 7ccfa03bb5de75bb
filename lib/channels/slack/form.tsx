"use client";

import { Field, Select } from "@/components/ui/field";
import type { ChannelFieldsProps } from "../form-section";
import { SecretField } from "../secret-field";

export function SlackFields({ config, secretsSet, fieldErrors }: ChannelFieldsProps) {
  return (
    <>
      <SecretField
        label="Webhook URL"
        field="webhookUrl"
        set={secretsSet.includes("webhookUrl")}
        errors={fieldErrors["secrets.webhookUrl"]}
        hint="In Slack: Apps → Incoming Webhooks → Add New Webhook; https://hooks.slack.com/services/…"
      />
      <Field label="Mention" name="config.mention" errors={fieldErrors["config.mention"]} hint="Who Slack notifies when something goes down (never on recovery).">
        <Select name="config.mention" defaultValue={typeof config?.mention === "string" ? config.mention : "none"} errors={fieldErrors["config.mention"]}>
          <option value="none">No one</option>
          <option value="here">@here</option>
          <option value="channel">@channel</option>
        </Select>
      </Field>
    </>
  );
}
