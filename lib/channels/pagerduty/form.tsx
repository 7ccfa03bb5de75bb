"use client";

import type { ChannelFieldsProps } from "../form-section";
import { ConfigSelect, SecretText } from "../vendor-fields";

const severities = [
  { value: "critical", label: "Critical" },
  { value: "error", label: "Error" },
  { value: "warning", label: "Warning" },
  { value: "info", label: "Info" },
] as const;

export function PagerDutyFields(form: ChannelFieldsProps) {
  return (
    <div className="space-y-4">
      <SecretText
        form={form}
        field="routingKey"
        label="Integration key"
        hint="On the PagerDuty service: Integrations → Add → Events API v2. Each outage opens one incident, resolved on recovery."
      />
      <ConfigSelect form={form} field="severity" label="Severity of down alerts" options={severities} fallback="critical" hint="Degraded checks are sent as warnings." />
    </div>
  );
}
