import { defineChannel, resultFromResponse, type DeliveryResult } from "../types";
import { incidentKey, incidentSubjects } from "../vendor-events";
import { pagerDutyEvent } from "./payload";
import { pagerDutyConfig, pagerDutySecrets } from "./schema";
import { pagerDutyType } from "./meta";

const ENQUEUE_URL = "https://events.pagerduty.com/v2/enqueue";

export const pagerDutyChannel = defineChannel({
  ...pagerDutyType,
  configSchema: pagerDutyConfig,
  secretsSchema: pagerDutySecrets,
  describe: (config) => `PagerDuty Events API v2, ${config.severity} on down`,
  async send(message, config, secrets, ctx) {
    const url = ctx.vendorUrl("pagerduty", ENQUEUE_URL);
    const post = (event: object) =>
      ctx.fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(event) });
    const keys: string[] = [];
    // One event per check; a retry repeats the ones already sent, which PagerDuty folds into the same incident by key.
    for (const check of incidentSubjects(message)) {
      const response = await post(pagerDutyEvent(secrets.routingKey, message, config, check));
      if (!response.ok) return failed(await resultFromResponse(response), check?.name);
      keys.push(incidentKey(check, message));
    }
    // A test opens an incident so the service's routing shows; it is resolved at once.
    if (message.kind === "test") {
      const response = await post(pagerDutyEvent(secrets.routingKey, message, config, undefined, "recovered"));
      if (!response.ok) return failed(await resultFromResponse(response), "the test's resolve");
    }
    return { ok: true, statusCode: 202, externalId: keys.join(",") };
  },
});

function failed(result: DeliveryResult, subject: string | undefined): DeliveryResult {
  return subject ? { ...result, error: `${subject}: ${result.error ?? "failed"}` } : result;
}
