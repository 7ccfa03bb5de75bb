import { defineChannel, resultFromResponse } from "../types";
import { discordType } from "./meta";
import { discordPayload } from "./payload";
import { discordConfig, discordSecrets } from "./schema";

export const discordChannel = defineChannel({
  ...discordType,
  configSchema: discordConfig,
  secretsSchema: discordSecrets,
  describe: (config) => (config.mention === "none" ? "Channel webhook" : `Channel webhook, pings @${config.mention}`),
  async send(message, config, secrets, ctx) {
    // wait=true: Discord answers with the message it posted, whose id the delivery log keeps.
    const url = new URL(ctx.vendorUrl("discord", secrets.webhookUrl));
    url.searchParams.set("wait", "true");
    const response = await ctx.fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(discordPayload(message, config)),
    });
    const result = await resultFromResponse(response);
    if (!result.ok) return result;
    const posted = (await response.json().catch(() => null)) as { id?: unknown } | null;
    return typeof posted?.id === "string" ? { ...result, externalId: posted.id } : result;
  },
});
