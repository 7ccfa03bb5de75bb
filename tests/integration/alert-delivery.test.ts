import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertChannels, alertDeliveries, alertDeliveryAttempts, emails } from "@/db/schema";
import { createGuardedFetch } from "@/lib/channels/guarded-fetch";
import { db } from "@/lib/db";
import { deliverAlert, DeliveryFailedError, SENDING_LEASE_MS, type DeliverOptions } from "@/lib/services/alerts/deliver";
import { DELIVERY_MAX_ATTEMPTS } from "@/lib/services/alerts/queue";
import { createTestChannel, downMessage, queue, testModules } from "../support/alert-channels";
import { startAlertReceiver, type AlertReceiver } from "../support/alert-receiver";
import { createOwnerCtx } from "../support/factories";

const options: DeliverOptions = { modules: testModules, fetch: createGuardedFetch(true, 1_000) };

async function delivery(id: string) {
  const [row] = await db.select().from(alertDeliveries).where(eq(alertDeliveries.id, id));
  return row!;
}
async function channel(id: string) {
  const [row] = await db.select().from(alertChannels).where(eq(alertChannels.id, id));
  return row!;
}
async function attempts(id: string) {
  return db.select().from(alertDeliveryAttempts).where(eq(alertDeliveryAttempts.deliveryId, id)).orderBy(alertDeliveryAttempts.attempt);
}
async function jobRunAt(idempotencyKey: string): Promise<Date | null> {
  const { rows } = await db.execute<{ run_at: string }>(sql`select run_at from graphile_worker.jobs where key = ${`alert:${idempotencyKey}`}`);
  return rows[0] ? new Date(rows[0].run_at) : null;
}

describe("alert delivery", () => {
  let receiver: AlertReceiver;
  beforeAll(async () => {
    receiver = await startAlertReceiver();
  });
  afterAll(() => receiver.close());

  async function setup(path: string) {
    const ctx = await createOwnerCtx();
    const channelId = await createTestChannel(ctx, `${receiver.url}/${path}`);
    const [deliveryId] = await queue(downMessage(ctx.workspaceId), [channelId]);
    return { ctx, channelId, deliveryId: deliveryId!, hits: () => receiver.received.filter((r) => r.path === `/${path}`) };
  }

  it("sends the message with its secret and idempotency key, and records the attempt", async () => {
    const { deliveryId, hits } = await setup("ok");
    expect(await deliverAlert(deliveryId, options)).toBe("sent");
    const [request] = hits();
    expect(request?.headers.authorization).toBe("Bearer s3cret-token");
    const row = await delivery(deliveryId);
    expect(request?.headers["idempotency-key"]).toBe(row.idempotencyKey);
    expect(JSON.parse(request!.body)).toMatchObject({ version: 1, kind: "down", checks: [{ name: "API", cause: "HTTP 503" }] });
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastStatusCode: 200, error: null });
    expect(row.latencyMs).toBeGreaterThan(0);
    expect(await attempts(deliveryId)).toMatchObject([{ attempt: 1, ok: true, statusCode: 200 }]);
  });

  it("retries after a 500 and then succeeds, keeping each attempt", async () => {
    const { deliveryId, hits } = await setup("flaky");
    receiver.reply({ status: 500, body: "upstream broke" });
    await expect(deliverAlert(deliveryId, options)).rejects.toBeInstanceOf(DeliveryFailedError);
    expect(await delivery(deliveryId)).toMatchObject({ status: "failed", attempts: 1, lastStatusCode: 500, error: "HTTP 500: upstream broke" });
    expect(await deliverAlert(deliveryId, options)).toBe("sent");
    expect(hits()).toHaveLength(2);
    expect(hits()[0]?.headers["idempotency-key"]).toBe(hits()[1]?.headers["idempotency-key"]);
    expect((await attempts(deliveryId)).map((a) => [a.attempt, a.ok, a.statusCode])).toEqual([
      [1, false, 500],
      [2, true, 200],
    ]);
  });

  it("waits for Retry-After on a 429 instead of the usual backoff", async () => {
    const { deliveryId } = await setup("limited");
    receiver.reply({ status: 429, headers: { "retry-after": "120" } });
    const before = Date.now();
    expect(await deliverAlert(deliveryId, options)).toBe("rescheduled");
    const runAt = await jobRunAt((await delivery(deliveryId)).idempotencyKey);
    expect(runAt!.getTime()).toBeGreaterThanOrEqual(before + 119_000);
    expect(await delivery(deliveryId)).toMatchObject({ status: "failed", lastStatusCode: 429 });
  });

  it("switches the channel off on 410 Gone and queues nothing more to it", async () => {
    const { ctx, channelId, deliveryId, hits } = await setup("gone");
    receiver.reply({ status: 410 });
    expect(await deliverAlert(deliveryId, options)).toBe("gave_up");
    expect(await delivery(deliveryId)).toMatchObject({ status: "gave_up", lastStatusCode: 410 });
    expect(await channel(channelId)).toMatchObject({ enabled: false, disabledReason: expect.stringMatching(/410/) });
    expect(await queue(downMessage(ctx.workspaceId), [channelId])).toEqual([]);
    expect(hits()).toHaveLength(1);
  });

  it("gives up on a receiver that does not answer within the timeout", async () => {
    const { deliveryId } = await setup("slow");
    receiver.reply("hang");
    await expect(deliverAlert(deliveryId, options)).rejects.toBeInstanceOf(DeliveryFailedError);
    expect(await delivery(deliveryId)).toMatchObject({ status: "failed", lastStatusCode: null, error: expect.stringMatching(/No answer within/) });
  });

  it("refuses a private address in hosted mode", async () => {
    const { deliveryId } = await setup("private");
    await expect(deliverAlert(deliveryId, { ...options, fetch: createGuardedFetch(false, 1_000) })).rejects.toBeInstanceOf(DeliveryFailedError);
    expect((await delivery(deliveryId)).error).toMatch(/refused: 127\.0\.0\.1/);
  });

  it("gives up after the last attempt without throwing", async () => {
    const { deliveryId } = await setup("dead");
    await db.update(alertDeliveries).set({ attempts: DELIVERY_MAX_ATTEMPTS - 1 }).where(eq(alertDeliveries.id, deliveryId));
    receiver.reply({ status: 503 });
    expect(await deliverAlert(deliveryId, options)).toBe("gave_up");
    expect(await delivery(deliveryId)).toMatchObject({ status: "gave_up", attempts: DELIVERY_MAX_ATTEMPTS });
  });

  it("queues one delivery per event and channel, and sends it once however often the job runs", async () => {
    const ctx = await createOwnerCtx();
    const channelId = await createTestChannel(ctx, `${receiver.url}/twice`);
    const message = downMessage(ctx.workspaceId);
    const [deliveryId] = await queue(message, [channelId]);
    expect(await queue(message, [channelId])).toEqual([]);
    expect(await deliverAlert(deliveryId!, options)).toBe("sent");
    expect(await deliverAlert(deliveryId!, options)).toBe("already_done");
    expect(receiver.received.filter((r) => r.path === "/twice")).toHaveLength(1);
  });

  it("does not send twice when two workers run the same delivery at once", async () => {
    const { deliveryId, hits } = await setup("race");
    receiver.reply({ status: 200, delayMs: 300 });
    const outcomes = await Promise.allSettled([deliverAlert(deliveryId, options), deliverAlert(deliveryId, options)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: expect.objectContaining({ message: expect.stringMatching(/another worker/) }) });
    expect(hits()).toHaveLength(1);
  });

  it("after a worker died mid-send, sends again only once its lease ran out, with the same key", async () => {
    const { deliveryId, hits } = await setup("crash");
    // The dead worker's state: marked sending with an attempt that never finished.
    await db.update(alertDeliveries).set({ status: "sending", attempts: 1 }).where(eq(alertDeliveries.id, deliveryId));
    await db.insert(alertDeliveryAttempts).values({ deliveryId, attempt: 1 });
    await expect(deliverAlert(deliveryId, options)).rejects.toThrow(/another worker/);
    expect(hits()).toHaveLength(0);

    await db
      .update(alertDeliveryAttempts)
      .set({ startedAt: new Date(Date.now() - SENDING_LEASE_MS - 1_000) })
      .where(eq(alertDeliveryAttempts.deliveryId, deliveryId));
    expect(await deliverAlert(deliveryId, options)).toBe("sent");
    expect(hits()).toHaveLength(1);
    expect(hits()[0]?.headers["idempotency-key"]).toBe((await delivery(deliveryId)).idempotencyKey);
    expect((await attempts(deliveryId)).map((a) => [a.attempt, a.ok])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it("flags a channel after five failures in a row, mails each owner once, and clears the flag on success", async () => {
    const ctx = await createOwnerCtx();
    const channelId = await createTestChannel(ctx, `${receiver.url}/failing`);
    for (let i = 0; i < 6; i += 1) {
      const [deliveryId] = await queue(downMessage(ctx.workspaceId), [channelId]);
      receiver.reply({ status: 502 });
      await expect(deliverAlert(deliveryId!, options)).rejects.toBeInstanceOf(DeliveryFailedError);
      expect((await channel(channelId)).failingSince === null).toBe(i < 4);
    }
    const mails = await db.select().from(emails).where(eq(emails.toAddress, ctx.email));
    expect(mails.filter((m) => m.kind === "alert_channel_failing")).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Alert channel "Ops hook" keeps failing');

    const [deliveryId] = await queue(downMessage(ctx.workspaceId), [channelId]);
    expect(await deliverAlert(deliveryId!, options)).toBe("sent");
    expect(await channel(channelId)).toMatchObject({ failingSince: null, consecutiveFailures: 0 });
  });

  it("flags a channel that has been failing for over an hour, even with few failures", async () => {
    const ctx = await createOwnerCtx();
    const channelId = await createTestChannel(ctx, `${receiver.url}/slow-failing`);
    await db
      .update(alertChannels)
      .set({ consecutiveFailures: 1, firstFailureAt: new Date(Date.now() - 61 * 60 * 1000) })
      .where(eq(alertChannels.id, channelId));
    const [deliveryId] = await queue(downMessage(ctx.workspaceId), [channelId]);
    receiver.reply({ status: 500 });
    await expect(deliverAlert(deliveryId!, options)).rejects.toBeInstanceOf(DeliveryFailedError);
    expect(await channel(channelId)).toMatchObject({ consecutiveFailures: 2, failingSince: expect.any(Date) });
    const mails = await db.select().from(emails).where(eq(emails.toAddress, ctx.email));
    expect(mails.map((m) => m.kind)).toContain("alert_channel_failing");
  });
});
