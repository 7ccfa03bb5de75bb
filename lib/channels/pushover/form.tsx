"use client";

import type { ChannelFieldsProps } from "../form-section";
import { ConfigSelect, ConfigText, SecretText } from "../vendor-fields";

const priorities = [
  { value: "2", label: "2 — emergency (repeats until acknowledged)" },
  { value: "1", label: "1 — high" },
  { value: "0", label: "0 — normal" },
  { value: "-1", label: "-1 — quiet" },
  { value: "-2", label: "-2 — lowest" },
] as const;

export function PushoverFields(form: ChannelFieldsProps) {
  return (
    <div className="space-y-4">
      <SecretText form={form} field="userKey" label="User key" hint="Your user (or group) key, on the Pushover dashboard." />
      <SecretText form={form} field="appToken" label="Application token" hint="Create an application on pushover.net for Pingpage." />
      <ConfigSelect form={form} field="priority" label="Priority of down alerts" options={priorities} fallback="1" />
      <ConfigText form={form} field="device" label="Device (optional)" hint="Every device when empty." />
    </div>
  );
}
