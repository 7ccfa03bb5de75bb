"use client";

import { Checkbox } from "@/components/ui/field";
import type { ChannelFieldsProps } from "../form-section";
import { SecretField } from "../secret-field";

export function GoogleChatFields({ config, secretsSet, fieldErrors }: ChannelFieldsProps) {
  return (
    <>
      <SecretField
        label="Webhook URL"
        field="webhookUrl"
        set={secretsSet.includes("webhookUrl")}
        errors={fieldErrors["secrets.webhookUrl"]}
        hint="In Google Chat: space → Apps & integrations → Webhooks → Add; https://chat.googleapis.com/v1/spaces/…"
      />
      <Checkbox
        label="One thread per outage"
        name="config.threaded"
        defaultChecked={config?.threaded !== false}
        errors={fieldErrors["config.threaded"]}
        hint="The recovery is posted as a reply to its down message."
      />
    </>
  );
}
