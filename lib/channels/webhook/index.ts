import { defineChannel, resultFromResponse } from "../types";
import { signatureHeaders, webhookBody, webhookMessageId } from "./payload";
import { activeSigningSecrets, webhookConfig, webhookSecrets } from "./schema";

export const webhookChannel = defineChannel({
  type: "webhook",
  label: "Webhook",
  configSchema: webhookConfig,
  secretsSchema: webhookSecrets,
  describe: (config) => `POST ${config.url}`,
  async send(message, config, secrets, ctx) {
    const body = JSON.stringify(webhookBody(message));
    const custom = Object.fromEntries(config.headers.map((header) => [header.name, header.value]));
    const response = await ctx.fetch(config.url, {
      method: "POST",
      headers: {
        ...custom,
        ...(secrets.authorization ? { authorization: secrets.authorization } : {}),
        "content-type": "application/json",
        "user-agent": "Pingpage-Webhooks/1",
        ...signatureHeaders(activeSigningSecrets(secrets), webhookMessageId(ctx.idempotencyKey), new Date(), body),
      },
      body,
    });
    return resultFromResponse(response);
  },
  configFromForm: (fields) => ({
    url: fields.url ?? "",
    headers: headerRows(fields),
  }),
});

/** The form posts headers as `headers.<i>.name` / `headers.<i>.value`; empty rows are dropped. */
function headerRows(fields: Record<string, string>): { name: string; value: string }[] {
  const rows = new Map<string, { name: string; value: string }>();
  for (const [key, value] of Object.entries(fields)) {
    const match = /^headers\.(\d+)\.(name|value)$/.exec(key);
    if (!match?.[1] || !match[2]) continue;
    const row = rows.get(match[1]) ?? { name: "", value: "" };
    row[match[2] as "name" | "value"] = value;
    rows.set(match[1], row);
  }
  return [...rows.entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([, row]) => row).filter((row) => row.name.trim() || row.value.trim());
}
