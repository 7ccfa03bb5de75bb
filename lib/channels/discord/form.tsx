"use client";

import { Field, Select } from "@/components/ui/field";
import type { ChannelFieldsProps } from "../form-section";
import { SecretField } from "../secret-field";

export function DiscordFields({ config, secretsSet, fieldErrors }: ChannelFieldsProps) {
  return (
    <>
      <SecretField
        label="Webhook URL"
        field="webhookUrl"
        set={secretsSet.includes("webhookUrl")}
        errors={fieldErrors["secrets.webhookUrl"]}
        hint="In Discord: channel settings → Integrations → Webhooks → Copy Webhook URL."
      />
      <Field label="Ping" name="config.mention" errors={fieldErrors["config.mention"]} hint="Who Discord pings when something goes down (never on recovery).">
        <Select name="config.mention" defaultValue={typeof config?.mention === "string" ? config.mention : "none"} errors={fieldErrors["config.mention"]}>
          <option value="none">No one</option>
          <option value="here">@here</option>
          <option value="everyone">@everyone</option>
        </Select>
      </Field>
    </>
  );
}
