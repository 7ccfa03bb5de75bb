import { defineChannel, resultFromResponse } from "../types";
import { webhookType } from "./meta";
import { signatureHeaders, webhookBody, webhookMessageId } from "./payload";
import { activeSigningSecrets, headersFromText, webhookConfig, webhookSecrets } from "./schema";

export const webhookChannel = defineChannel({
  ...webhookType,
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
  configFromForm: (fields) => ({ url: fields.url ?? "", headers: headersFromText(fields.headers ?? "") }),
});
