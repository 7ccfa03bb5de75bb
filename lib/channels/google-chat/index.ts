import { defineChannel, resultFromResponse } from "../types";
import { googleChatType } from "./meta";
import { googleChatPayload } from "./payload";
import { googleChatConfig, googleChatSecrets } from "./schema";

export const googleChatChannel = defineChannel({
  ...googleChatType,
  configSchema: googleChatConfig,
  secretsSchema: googleChatSecrets,
  describe: (config) => (config.threaded ? "Space webhook, one thread per outage" : "Space webhook"),
  async send(message, config, secrets, ctx) {
    const url = new URL(ctx.vendorUrl("google_chat", secrets.webhookUrl));
    if (config.threaded) {
      url.searchParams.set("threadKey", message.dedupKey);
      url.searchParams.set("messageReplyOption", "REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD");
    }
    const response = await ctx.fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=UTF-8" },
      body: JSON.stringify(googleChatPayload(message)),
    });
    const result = await resultFromResponse(response);
    if (!result.ok) return result;
    const posted = (await response.json().catch(() => null)) as { name?: unknown } | null;
    return typeof posted?.name === "string" ? { ...result, externalId: posted.name } : result;
  },
  configFromForm: (fields) => ({ threaded: fields.threaded !== "false" }),
});
