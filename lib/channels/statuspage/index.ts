import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { defineChannel, resultFromResponse, type DeliveryResult } from "../types";
import { componentBody, componentUpdates, componentUrl } from "./payload";
import { holdStatuspageKey, reserveStatuspageSlot } from "./pace";
import { statuspageConfig, statuspageSecrets } from "./schema";
import { statuspageType } from "./meta";

/** Statuspage's 429 does not always say how long; this is the wait then. */
const DEFAULT_RETRY_SECONDS = 5;

type Call = { url: string; init: RequestInit; subject: string };

export const statuspageChannel = defineChannel({
  ...statuspageType,
  configSchema: statuspageConfig,
  secretsSchema: statuspageSecrets,
  describe: (config) => `Statuspage page ${config.pageId}, ${config.components.length} linked component${config.components.length === 1 ? "" : "s"}`,
  async send(message, config, secrets, ctx) {
    const headers = { authorization: `OAuth ${secrets.apiKey}`, "content-type": "application/json" };
    // A test changes nothing a visitor sees: it reads each linked component, proving key, page and ids.
    const calls: Call[] =
      message.kind === "test"
        ? [...new Set(config.components.map((link) => link.componentId))].map((componentId) => ({
            url: componentUrl(config.pageId, componentId),
            init: { method: "GET", headers },
            subject: `component ${componentId}`,
          }))
        : componentUpdates(message, config).map((update) => ({
            url: componentUrl(config.pageId, update.componentId),
            init: { method: "PATCH", headers, body: JSON.stringify(componentBody(update.status)) },
            subject: `component ${update.componentId}`,
          }));
    // Each call repeats safely (it sets a status), so a rescheduled delivery starts over.
    for (const call of calls) {
      const slot = await reserveStatuspageSlot(secrets.apiKey);
      if ("retryAfterSeconds" in slot) {
        return { ok: false, retryAfterSeconds: slot.retryAfterSeconds, error: "Waiting for the Statuspage rate limit (1 request a second per key)" };
      }
      if (slot.waitMs > 0) await sleep(slot.waitMs);
      const response = await ctx.fetch(ctx.vendorUrl("statuspage", call.url), call.init);
      if (!response.ok) return failed(await resultFromResponse(response), call.subject, secrets.apiKey);
    }
    return { ok: true, statusCode: calls.length > 0 ? 200 : undefined };
  },
});

async function failed(result: DeliveryResult, subject: string, apiKey: string): Promise<DeliveryResult> {
  const named = { ...result, error: `${subject}: ${result.error ?? "failed"}` };
  if (result.statusCode !== 429) return named;
  const retryAfterSeconds = result.retryAfterSeconds ?? DEFAULT_RETRY_SECONDS;
  await holdStatuspageKey(apiKey, retryAfterSeconds);
  return { ...named, retryAfterSeconds };
}
