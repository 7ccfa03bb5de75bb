"use client";

import type { ChannelFieldsProps } from "../form-section";
import { ConfigSelect, SecretText } from "../vendor-fields";

const regions = [
  { value: "us", label: "US (api.opsgenie.com)" },
  { value: "eu", label: "EU (api.eu.opsgenie.com)" },
] as const;

const priorities = ["P1", "P2", "P3", "P4", "P5"].map((value) => ({ value, label: value }));

export function OpsgenieFields(form: ChannelFieldsProps) {
  return (
    <div className="space-y-4">
      <SecretText form={form} field="apiKey" label="API key" hint="From an API integration (Settings → Integrations → API). Each outage opens one alert, closed on recovery." />
      <ConfigSelect form={form} field="region" label="Region" options={regions} fallback="us" />
      <ConfigSelect form={form} field="priority" label="Priority of down alerts" options={priorities} fallback="P2" hint="Degraded checks are sent as P3." />
    </div>
  );
}
