import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertDeliveries } from "@/db/schema";
import { createGuardedFetch } from "@/lib/channels/guarded-fetch";
import { db } from "@/lib/db";
import { DELIVERY_MAX_ATTEMPTS } from "@/lib/services/alerts/queue";
import { alertDeliverTask } from "@/worker/tasks/alert__deliver";
import { createTestChannel, downMessage, queue, testModules } from "../support/alert-channels";
import { startAlertReceiver, type AlertReceiver } from "../support/alert-receiver";
import { createOwnerCtx } from "../support/factories";
import { helpersForJob } from "../support/job-helpers";

describe("the alert__deliver task", () => {
  let receiver: AlertReceiver;
  const task = alertDeliverTask({ modules: testModules, fetch: createGuardedFetch(true, 1_000) });
  beforeAll(async () => {
    receiver = await startAlertReceiver();
  });
  afterAll(() => receiver.close());

  it("is queued under the delivery's idempotency key with enough attempts for an hour, and sends it", async () => {
    const ctx = await createOwnerCtx();
    const channelId = await createTestChannel(ctx, `${receiver.url}/task`);
    const [deliveryId] = await queue(downMessage(ctx.workspaceId), [channelId]);
    const [row] = await db.select().from(alertDeliveries).where(eq(alertDeliveries.id, deliveryId!));
    const helpers = await helpersForJob(`alert:${row!.idempotencyKey}`, 1);
    expect(helpers.job.max_attempts).toBe(DELIVERY_MAX_ATTEMPTS);
    // graphile-worker waits exp(min(attempt, 10)) seconds before each retry.
    const backoffSeconds = Array.from({ length: DELIVERY_MAX_ATTEMPTS - 1 }, (_, i) => Math.exp(Math.min(i + 1, 10))).reduce((a, b) => a + b, 0);
    expect(backoffSeconds).toBeGreaterThan(3_600);

    await task({ deliveryId }, helpers);
    expect(receiver.received.filter((r) => r.path === "/task")).toHaveLength(1);
    const [sent] = await db.select().from(alertDeliveries).where(eq(alertDeliveries.id, deliveryId!));
    expect(sent?.status).toBe("sent");
  });

  it("refuses a malformed payload before touching anything", async () => {
    const ctx = await createOwnerCtx();
    const channelId = await createTestChannel(ctx, `${receiver.url}/task-bad`);
    const [deliveryId] = await queue(downMessage(ctx.workspaceId), [channelId]);
    const [row] = await db.select().from(alertDeliveries).where(eq(alertDeliveries.id, deliveryId!));
    await expect(task({ deliveryId: "not-a-uuid" }, await helpersForJob(`alert:${row!.idempotencyKey}`, 1))).rejects.toThrow(/malformed payload/);
  });
});
