import { z } from "zod";
import { db } from "@/lib/db";
import type { AlertMessage } from "@/lib/channels/message";
import { defineChannel, resultFromResponse } from "@/lib/channels/types";
import { createChannel } from "@/lib/services/alerts/channels";
import { queueAlertMessage } from "@/lib/services/alerts/queue";
import type { Ctx } from "@/lib/services/context";

/**
 * A channel type for tests only: it POSTs the message as JSON to its URL with a bearer token
 * (its one secret) and the idempotency key, as the real webhook-style modules do.
 */
export const testHook = defineChannel({
  type: "test-hook",
  label: "Test hook",
  configSchema: z.object({ url: z.url("url: a full http(s) URL") }),
  secretsSchema: z.object({ token: z.string().min(1, "token: required") }),
  describe: (config) => config.url,
  async send(message, config, secrets, ctx) {
    const response = await ctx.fetch(config.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secrets.token}`, "idempotency-key": ctx.idempotencyKey },
      body: JSON.stringify(message),
    });
    return resultFromResponse(response);
  },
});
export const testModules = [testHook];

export async function createTestChannel(ctx: Ctx, url: string, name = "Ops hook"): Promise<string> {
  return createChannel(ctx, { type: "test-hook", name, config: { url }, secrets: { token: "s3cret-token" } }, testModules);
}

export function downMessage(workspaceId: string, overrides: Partial<AlertMessage> = {}): AlertMessage {
  const now = new Date().toISOString();
  const outageId = crypto.randomUUID();
  return {
    version: 1,
    kind: "down",
    workspace: { id: workspaceId, name: "Test Workspace" },
    checks: [{ id: crypto.randomUUID(), name: "API", target: "GET https://api.example.test", status: "down", cause: "HTTP 503", since: now, outageId }],
    grouped: false,
    ackUrl: null,
    checkUrls: {},
    occurredAt: now,
    dedupKey: outageId,
    ...overrides,
  };
}

/** Queues `message` to the channels and returns the delivery ids, as the policy engine would. */
export async function queue(message: AlertMessage, channelIds: string[]): Promise<string[]> {
  return db.transaction((tx) => queueAlertMessage(tx, message, channelIds));
}
