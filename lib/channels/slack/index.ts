import { defineChannel, resultFromResponse } from "../types";
import { slackType } from "./meta";
import { slackPayload } from "./payload";
import { slackConfig, slackSecrets } from "./schema";

export const slackChannel = defineChannel({
  ...slackType,
  configSchema: slackConfig,
  secretsSchema: slackSecrets,
  describe: (config) => (config.mention === "none" ? "Incoming webhook" : `Incoming webhook, mentions @${config.mention}`),
  async send(message, config, secrets, ctx) {
    const response = await ctx.fetch(ctx.vendorUrl("slack", secrets.webhookUrl), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(slackPayload(message, config)),
    });
    return resultFromResponse(response);
  },
});
