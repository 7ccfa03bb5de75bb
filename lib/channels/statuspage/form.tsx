"use client";

import type { ChannelFieldsProps } from "../form-section";
import { ConfigLines, ConfigText, SecretText } from "../vendor-fields";

/** The saved links back as the lines the user typed. */
function linksToLines(saved: unknown): string {
  if (!Array.isArray(saved)) return "";
  return saved
    .map((link: { checkId?: unknown; componentId?: unknown }) => (typeof link?.checkId === "string" && typeof link.componentId === "string" ? `${link.checkId} ${link.componentId}` : ""))
    .filter(Boolean)
    .join("\n");
}

export function StatuspageFields(form: ChannelFieldsProps) {
  return (
    <div className="space-y-4">
      <SecretText form={form} field="apiKey" label="API key" hint="On Statuspage: your avatar → API info. It allows one request a second, so updates are spaced out." />
      <ConfigText form={form} field="pageId" label="Page id" hint="From the page's URL on manage.statuspage.io: /pages/<page id>/…" />
      <ConfigLines
        form={form}
        field="components"
        label="Checks and their components"
        toText={linksToLines}
        placeholder="3f1c…-check-id  8kq2x7y9z0ab"
        hint="One per line: the Pingpage check id (from its page's URL), a space, then the Statuspage component id. Down sets Major outage, degraded sets Degraded performance, recovery sets Operational."
      />
    </div>
  );
}
