import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertDeliveries } from "@/db/schema";
import { createGuardedFetch } from "@/lib/channels/guarded-fetch";
import { statuspageChannel } from "@/lib/channels/statuspage";
import { reserveStatuspageSlot } from "@/lib/channels/statuspage/pace";
import { statuspageConfig } from "@/lib/channels/statuspage/schema";
import { sampleCheck, sampleMessage } from "@/lib/channels/testing/sample-message";
import { startVendorReceiver, type VendorReceiver } from "@/lib/channels/testing/vendor-receiver";
import { db } from "@/lib/db";
import { deliverAlert } from "@/lib/services/alerts/deliver";
import { createChannel } from "@/lib/services/alerts/channels";
import { downMessage, queue } from "../support/alert-channels";
import { createOwnerCtx } from "../support/factories";

/** Each test its own key: the limiter's rows outlive a run, and keys are what it spaces. */
const freshKey = () => `key-${randomUUID()}`;

const [api, web, db1] = [sampleCheck(1), sampleCheck(2), sampleCheck(3)];
const config = statuspageConfig.parse({
  pageId: "kctbh9vrtdwd",
  components: `${api.id} cmpapi000001\n${web.id}, cmpweb000002\n${db1.id}=cmpapi000001`,
});

let receiver: VendorReceiver;
beforeAll(async () => {
  receiver = await startVendorReceiver({ status: 200, body: { id: "cmp", status: "operational" } });
});
afterAll(() => receiver.close());

function requestsWith(apiKey: string) {
  return receiver.received.filter((request) => request.headers.authorization === `OAuth ${apiKey}`);
}

describe("Atlassian Statuspage channel", () => {
  it("PATCHes each linked component with the OAuth key: down, degraded, then operational", async () => {
    const apiKey = freshKey();
    const ctx = receiver.sendContext("statuspage");
    expect(await statuspageChannel.send(sampleMessage({ checks: [api] }), config, { apiKey }, ctx)).toMatchObject({ ok: true });
    await statuspageChannel.send(sampleMessage({ kind: "degraded", checks: [{ ...web, status: "degraded" }] }), config, { apiKey }, ctx);
    await statuspageChannel.send(sampleMessage({ kind: "recovered", checks: [{ ...api, status: "up", durationSeconds: 60 }] }), config, { apiKey }, ctx);
    const sent = requestsWith(apiKey);
    expect(sent.map((request) => [request.method, request.path, JSON.parse(request.body)])).toEqual([
      ["PATCH", "/v1/pages/kctbh9vrtdwd/components/cmpapi000001", { component: { status: "major_outage" } }],
      ["PATCH", "/v1/pages/kctbh9vrtdwd/components/cmpweb000002", { component: { status: "degraded_performance" } }],
      ["PATCH", "/v1/pages/kctbh9vrtdwd/components/cmpapi000001", { component: { status: "operational" } }],
    ]);
  });

  it("spaces calls with the same key at least a second apart, across parallel sends", async () => {
    const apiKey = freshKey();
    const ctx = receiver.sendContext("statuspage");
    // Two messages at once, three components between them: three calls, each a slot of its own.
    await Promise.all([
      statuspageChannel.send(sampleMessage({ checks: [api, web] }), config, { apiKey }, ctx),
      statuspageChannel.send(sampleMessage({ kind: "degraded", checks: [{ ...db1, status: "degraded" }] }), config, { apiKey }, ctx),
    ]);
    const times = requestsWith(apiKey).map((request) => request.at);
    expect(times).toHaveLength(3);
    for (let index = 1; index < times.length; index++) expect(times[index]! - times[index - 1]!).toBeGreaterThanOrEqual(1_000);
    // Another key is not held back by this one's queue.
    const other = freshKey();
    const started = Date.now();
    await statuspageChannel.send(sampleMessage({ checks: [api] }), config, { apiKey: other }, ctx);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("gives two checks on one component the worse status, and leaves unlinked checks alone", async () => {
    const apiKey = freshKey();
    const message = sampleMessage({ kind: "composite", checks: [{ ...api, status: "degraded" }, { ...db1, status: "down" }, sampleCheck(9)] });
    await statuspageChannel.send(message, config, { apiKey }, receiver.sendContext("statuspage"));
    expect(requestsWith(apiKey).map((request) => [request.path, JSON.parse(request.body).component.status])).toEqual([
      ["/v1/pages/kctbh9vrtdwd/components/cmpapi000001", "major_outage"],
    ]);
  });

  it("tests the key by reading the linked components, changing nothing", async () => {
    const apiKey = freshKey();
    const result = await statuspageChannel.send(sampleMessage({ kind: "test", checks: [] }), config, { apiKey }, receiver.sendContext("statuspage"));
    expect(result.ok).toBe(true);
    expect(requestsWith(apiKey).map((request) => [request.method, request.path])).toEqual([
      ["GET", "/v1/pages/kctbh9vrtdwd/components/cmpapi000001"],
      ["GET", "/v1/pages/kctbh9vrtdwd/components/cmpweb000002"],
    ]);
  });

  it("on a 429, holds the key for the vendor's wait so other deliveries wait too", async () => {
    const apiKey = freshKey();
    receiver.answer({ status: 429, body: { error: "rate limited" }, headers: { "retry-after": "20" } });
    const result = await statuspageChannel.send(sampleMessage({ checks: [api] }), config, { apiKey }, receiver.sendContext("statuspage"));
    expect(result).toMatchObject({ ok: false, statusCode: 429, retryAfterSeconds: 20 });
    const slot = await reserveStatuspageSlot(apiKey, 1_100, 5_000);
    expect(slot).toEqual({ retryAfterSeconds: expect.any(Number) });
    expect("retryAfterSeconds" in slot && slot.retryAfterSeconds).toBeGreaterThanOrEqual(19);
  });

  it("a delivery answered 429 is rescheduled for the Retry-After time", async () => {
    const owner = await createOwnerCtx();
    const check = sampleCheck(1, { id: randomUUID(), outageId: randomUUID() });
    const channelId = await createChannel(owner, {
      type: "statuspage",
      name: "Public status",
      config: { pageId: "kctbh9vrtdwd", components: `${check.id} cmpapi000001` },
      secrets: { apiKey: freshKey() },
    });
    const [deliveryId] = await queue(downMessage(owner.workspaceId, { checks: [check], dedupKey: check.outageId! }), [channelId]);
    receiver.answer({ status: 429, body: { error: "rate limited" }, headers: { "retry-after": "90" } });
    const before = Date.now();
    const outcome = await deliverAlert(deliveryId!, { fetch: createGuardedFetch(true), baseUrls: { statuspage: receiver.url("") } });
    expect(outcome).toBe("rescheduled");
    const [row] = await db.select().from(alertDeliveries).where(eq(alertDeliveries.id, deliveryId!));
    expect(row).toMatchObject({ status: "failed", lastStatusCode: 429 });
    const { rows } = await db.execute<{ run_at: string }>(sql`select run_at from graphile_worker.jobs where key = ${`alert:${row!.idempotencyKey}`}`);
    expect(new Date(rows[0]!.run_at).getTime()).toBeGreaterThanOrEqual(before + 89_000);
  });

  it("refuses a links line without a component id, naming the line", async () => {
    const parsed = statuspageConfig.safeParse({ pageId: "kctbh9vrtdwd", components: `${api.id} cmpapi000001\n${web.id}` });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[["components"], "Line 2: add the Statuspage component id after the check id"]]);
  });
});
