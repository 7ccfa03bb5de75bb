"use client";

import type { ChannelFieldsProps } from "../form-section";
import { ConfigSelect, ConfigText, SecretText } from "../vendor-fields";

const priorities = [
  { value: "5", label: "5 — urgent" },
  { value: "4", label: "4 — high" },
  { value: "3", label: "3 — default" },
  { value: "2", label: "2 — low" },
  { value: "1", label: "1 — min" },
] as const;

export function NtfyFields(form: ChannelFieldsProps) {
  return (
    <div className="space-y-4">
      <ConfigText form={form} field="serverUrl" label="Server URL" fallback="https://ntfy.sh" hint="ntfy.sh, or your own ntfy server." />
      <ConfigText form={form} field="topic" label="Topic" placeholder="pingpage-alerts" hint="Anyone who knows a topic on ntfy.sh can read it: pick one hard to guess, or protect it." />
      <ConfigSelect form={form} field="priority" label="Priority of down alerts" options={priorities} fallback="4" hint="Recoveries go out at the default priority." />
      <SecretText form={form} field="token" label="Access token (optional)" placeholder="tk_…" hint="Only for protected topics." />
    </div>
  );
}
