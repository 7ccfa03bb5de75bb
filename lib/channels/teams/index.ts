import { defineChannel, resultFromResponse } from "../types";
import { teamsType } from "./meta";
import { teamsPayload } from "./payload";
import { teamsConfig, teamsSecrets } from "./schema";

export const teamsChannel = defineChannel({
  ...teamsType,
  configSchema: teamsConfig,
  secretsSchema: teamsSecrets,
  describe: () => "Workflow webhook",
  async send(message, _config, secrets, ctx) {
    const response = await ctx.fetch(ctx.vendorUrl("teams", secrets.webhookUrl), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(teamsPayload(message)),
    });
    return resultFromResponse(response);
  },
});
