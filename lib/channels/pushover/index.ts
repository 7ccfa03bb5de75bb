import { defineChannel, resultFromResponse } from "../types";
import { pushoverForm } from "./payload";
import { pushoverConfig, pushoverSecrets } from "./schema";
import { pushoverType } from "./meta";

export const pushoverChannel = defineChannel({
  ...pushoverType,
  configSchema: pushoverConfig,
  secretsSchema: pushoverSecrets,
  describe: (config) => `Pushover${config.device ? ` device ${config.device}` : ""}, priority ${config.priority}`,
  async send(message, config, secrets, ctx) {
    const response = await ctx.fetch(ctx.vendorUrl("pushover", "https://api.pushover.net/1/messages.json"), {
      method: "POST",
      body: pushoverForm(message, config, secrets),
    });
    return resultFromResponse(response);
  },
});
