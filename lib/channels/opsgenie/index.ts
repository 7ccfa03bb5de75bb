import { defineChannel, resultFromResponse } from "../types";
import { incidentKey, incidentSubjects } from "../vendor-events";
import { opsgenieRequest, type OpsgenieRequest } from "./payload";
import { opsgenieConfig, opsgenieSecrets } from "./schema";
import { opsgenieType } from "./meta";

export const opsgenieChannel = defineChannel({
  ...opsgenieType,
  configSchema: opsgenieConfig,
  secretsSchema: opsgenieSecrets,
  describe: (config) => `Opsgenie (${config.region.toUpperCase()}), ${config.priority} on down`,
  async send(message, config, secrets, ctx) {
    const post = async (request: OpsgenieRequest) =>
      ctx.fetch(ctx.vendorUrl("opsgenie", request.url), {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `GenieKey ${secrets.apiKey}` },
        body: JSON.stringify(request.body),
      });
    const aliases: string[] = [];
    // A retry creates again what was created: Opsgenie counts a repeated alias on an open alert, it opens none.
    for (const check of incidentSubjects(message)) {
      const response = await post(opsgenieRequest(message, config, check));
      if (!response.ok) {
        const result = await resultFromResponse(response);
        return check ? { ...result, error: `${check.name}: ${result.error ?? "failed"}` } : result;
      }
      aliases.push(incidentKey(check, message));
    }
    // A test alert is closed at once, so it shows the routing without staying open.
    if (message.kind === "test") {
      const response = await post(opsgenieRequest(message, config, undefined, "recovered"));
      if (!response.ok) return resultFromResponse(response);
    }
    return { ok: true, statusCode: 202, externalId: aliases.join(",") };
  },
});
