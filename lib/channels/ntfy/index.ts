import { defineChannel, resultFromResponse } from "../types";
import { ntfyRequest } from "./payload";
import { ntfyConfig, ntfySecrets } from "./schema";
import { ntfyType } from "./meta";

export const ntfyChannel = defineChannel({
  ...ntfyType,
  configSchema: ntfyConfig,
  secretsSchema: ntfySecrets,
  describe: (config) => `ntfy topic ${config.topic} on ${new URL(config.serverUrl).host}`,
  async send(message, config, secrets, ctx) {
    const request = ntfyRequest(message, config, secrets);
    // Only ntfy.sh is a vendor whose base a proxy may replace; a self-hosted server is the user's own.
    const url = config.serverUrl === "https://ntfy.sh" ? ctx.vendorUrl("ntfy", request.url) : request.url;
    const response = await ctx.fetch(url, { method: "POST", headers: request.headers, body: request.body });
    return resultFromResponse(response);
  },
});
