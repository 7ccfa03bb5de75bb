import { defineChannel, resultFromResponse } from "../types";
import { telegramMessage } from "./payload";
import { telegramConfig, telegramSecrets } from "./schema";
import { telegramType } from "./meta";

/** Bot API errors carry the wait in the body, not always in Retry-After. */
async function telegramResult(response: Response) {
  if (response.status !== 429) return resultFromResponse(response);
  const body: unknown = await response.json().catch(() => null);
  const retryAfter = (body as { parameters?: { retry_after?: unknown } } | null)?.parameters?.retry_after;
  return { ok: false, statusCode: 429, retryAfterSeconds: typeof retryAfter === "number" ? retryAfter : undefined, error: "HTTP 429: Telegram asks to slow down" };
}

export const telegramChannel = defineChannel({
  ...telegramType,
  configSchema: telegramConfig,
  secretsSchema: telegramSecrets,
  describe: (config) => `Telegram chat ${config.chatId}`,
  async send(message, config, secrets, ctx) {
    // The token sits in the path, so no error below repeats the URL.
    const url = ctx.vendorUrl("telegram", `https://api.telegram.org/bot${secrets.botToken}/sendMessage`);
    const response = await ctx.fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(telegramMessage(message, config)),
    });
    return telegramResult(response);
  },
});
