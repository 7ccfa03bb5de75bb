import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { alertOptOuts, alerts, maintenanceComponents, maintenances } from "@/db/schema";
import { escalationJobKey, reminderJobKey } from "@/lib/alerts/follow-ups";
import { db } from "@/lib/db";
import { acknowledgeByToken } from "@/lib/services/alerts/engine/acknowledge";
import { createOwnerCtx } from "../support/factories";
import { bringUp, createChecks, createPolicy, createTestChannel, jobExists, pendingJobsForCheck, queuedMessages, runScheduledJobNow, takeDown } from "../support/alerts";
import { createPageFixture } from "../support/status-page";
import { startWorker, stopWorker, uniqueRegion, type WorkerProcess } from "../support/workers";

let worker: WorkerProcess;
const wait = { timeout: 30_000, interval: 200 };

beforeAll(async () => {
  worker = await startWorker(inject("databaseUrl"), uniqueRegion("alert-policies"), { ALERT_GROUP_WINDOW_SECONDS: "2" });
}, 90_000);

afterAll(async () => {
  if (worker) await stopWorker(worker);
});

async function alertsOf(checkId: string) {
  return db.select().from(alerts).where(eq(alerts.checkId, checkId));
}

async function reactionsDone(checkIds: string[]) {
  await vi.waitFor(async () => {
    for (const id of checkIds) expect(await pendingJobsForCheck("alerts__on_status_change", id)).toBe(0);
  }, wait);
}

describe("alert policies with real workers", () => {
  it("gathers a storm: 50 checks down make at most two messages per channel naming all 50, and recovery is grouped too", async () => {
    const ctx = await createOwnerCtx();
    const [slack, mail] = [await createTestChannel(ctx.workspaceId, "Slack"), await createTestChannel(ctx.workspaceId, "Mail")];
    await createPolicy(ctx.workspaceId, { channelIds: [slack.id, mail.id], events: ["down", "recovered"] });
    const checks = await createChecks(ctx.workspaceId, 50);
    const ids = checks.map((check) => check.id).sort();

    await takeDown(ids);
    const named = (channelId: string, kind: string, messages: Awaited<ReturnType<typeof queuedMessages>>) =>
      messages.filter((m) => m.channelId === channelId && m.kind === kind).flatMap((m) => m.message.checks.map((c) => c.id));
    await vi.waitFor(async () => {
      const messages = await queuedMessages(ctx.workspaceId);
      for (const channel of [slack, mail]) expect(named(channel.id, "down", messages).sort()).toEqual(ids);
    }, wait);
    const down = await queuedMessages(ctx.workspaceId);
    for (const channel of [slack, mail]) {
      const sent = down.filter((m) => m.channelId === channel.id);
      expect(sent.length).toBeLessThanOrEqual(2);
      expect(sent.at(-1)!.message.grouped).toBe(true);
      expect(sent.every((m) => m.message.ackUrl?.includes("/alerts/ack/"))).toBe(true);
    }

    await bringUp(ids);
    await vi.waitFor(async () => {
      const messages = await queuedMessages(ctx.workspaceId);
      for (const channel of [slack, mail]) expect(named(channel.id, "recovered", messages).sort()).toEqual(ids);
    }, wait);
    const recovered = (await queuedMessages(ctx.workspaceId)).filter((m) => m.kind === "recovered");
    expect(recovered.filter((m) => m.channelId === slack.id).length).toBeLessThanOrEqual(2);
    expect(recovered.flatMap((m) => m.message.checks).every((c) => typeof c.durationSeconds === "number" && c.durationSeconds >= 0)).toBe(true);
    expect((await alertsOf(ids[0]!)).map((a) => a.state)).toEqual(["resolved"]);
  }, 90_000);

  it("holds a delayed alert back until the delay passes, and drops it if the check recovered first", async () => {
    const ctx = await createOwnerCtx();
    const channel = await createTestChannel(ctx.workspaceId, "Pager");
    await createPolicy(ctx.workspaceId, { channelIds: [channel.id], delayMinutes: 5 });
    const [stays, recovers] = await createChecks(ctx.workspaceId, 2);

    await takeDown([stays!.id, recovers!.id]);
    await reactionsDone([stays!.id, recovers!.id]);
    const [held] = await alertsOf(stays!.id);
    const [early] = await alertsOf(recovers!.id);
    expect(held!.notifiedAt).toBeNull();
    expect(await queuedMessages(ctx.workspaceId)).toEqual([]);

    await bringUp([recovers!.id]);
    await reactionsDone([recovers!.id]);
    expect(await runScheduledJobNow(`alert-delay:${held!.id}`)).toBe(true);
    expect(await jobExists(`alert-delay:${early!.id}`)).toBe(true);
    await runScheduledJobNow(`alert-delay:${early!.id}`);
    await vi.waitFor(async () => expect((await queuedMessages(ctx.workspaceId)).map((m) => m.message.checks[0]!.id)).toEqual([stays!.id]), wait);
    await vi.waitFor(async () => expect(await jobExists(`alert-delay:${early!.id}`)).toBe(false), wait);
    // The recovered check was never announced, so it gets no "recovered" either.
    expect((await queuedMessages(ctx.workspaceId)).length).toBe(1);
  }, 60_000);

  it("reminds while down up to the cap", async () => {
    const ctx = await createOwnerCtx();
    const channel = await createTestChannel(ctx.workspaceId, "Chat");
    await createPolicy(ctx.workspaceId, { channelIds: [channel.id], reminderMinutes: 10, reminderCap: 2 });
    const [check] = await createChecks(ctx.workspaceId, 1);
    await takeDown([check!.id]);
    await vi.waitFor(async () => expect(await queuedMessages(ctx.workspaceId)).toHaveLength(1), wait);
    const [alert] = await alertsOf(check!.id);

    for (const expected of [2, 3]) {
      await vi.waitFor(async () => expect(await runScheduledJobNow(reminderJobKey(alert!.id))).toBe(true), wait);
      await vi.waitFor(async () => expect(await queuedMessages(ctx.workspaceId)).toHaveLength(expected), wait);
    }
    await vi.waitFor(async () => expect((await alertsOf(check!.id))[0]!.remindersSent).toBe(2), wait);
    expect(await jobExists(reminderJobKey(alert!.id))).toBe(false);
  }, 60_000);

  it("escalates to the next step's channels when nobody acknowledges, and an acknowledgement stops it", async () => {
    const ctx = await createOwnerCtx();
    const first = await createTestChannel(ctx.workspaceId, "On call");
    const next = await createTestChannel(ctx.workspaceId, "Team lead");
    await createPolicy(ctx.workspaceId, { channelIds: [first.id], reminderMinutes: 5, reminderCap: 3, escalation: [{ afterMinutes: 10, channelIds: [next.id] }] });
    const [ignored, acknowledged] = await createChecks(ctx.workspaceId, 2);

    await takeDown([ignored!.id]);
    await vi.waitFor(async () => expect(await queuedMessages(ctx.workspaceId)).toHaveLength(1), wait);
    const [alert] = await alertsOf(ignored!.id);
    await vi.waitFor(async () => expect(await runScheduledJobNow(escalationJobKey(alert!.id))).toBe(true), wait);
    await vi.waitFor(async () => expect((await queuedMessages(ctx.workspaceId)).map((m) => m.channelId)).toEqual([first.id, next.id]), wait);

    await takeDown([acknowledged!.id]);
    await vi.waitFor(async () => expect((await queuedMessages(ctx.workspaceId)).filter((m) => m.message.checks[0]!.id === acknowledged!.id)).toHaveLength(1), wait);
    const [message] = (await queuedMessages(ctx.workspaceId)).filter((m) => m.message.checks[0]!.id === acknowledged!.id);
    const token = message!.message.ackUrl!.split("/").pop()!;
    const [ackAlert] = await alertsOf(acknowledged!.id);
    expect(await jobExists(escalationJobKey(ackAlert!.id))).toBe(true);

    const result = await acknowledgeByToken(token, ctx.userId);
    expect(result).toEqual({ acknowledged: 1, checkNames: [acknowledged!.name] });
    const [after] = await alertsOf(acknowledged!.id);
    expect([after!.state, after!.acknowledgedBy]).toEqual(["acknowledged", ctx.userId]);
    expect(await jobExists(escalationJobKey(ackAlert!.id))).toBe(false);
    expect(await jobExists(reminderJobKey(ackAlert!.id))).toBe(false);
    await expect(acknowledgeByToken("not-a-token", null)).rejects.toThrow("not valid");
  }, 60_000);

  it("alerts no one about a check in a maintenance window or one that opted out", async () => {
    const { ctx, page, components } = await createPageFixture({ names: ["API"] });
    const channel = await createTestChannel(ctx.workspaceId, "Ops");
    await createPolicy(ctx.workspaceId, { channelIds: [channel.id] });
    const [maintenance] = await db
      .insert(maintenances)
      .values({ pageId: page.id, title: "Upgrade", status: "in_progress", startsAt: new Date(Date.now() - 60_000), endsAt: new Date(Date.now() + 3_600_000) })
      .returning();
    await db.insert(maintenanceComponents).values({ maintenanceId: maintenance!.id, componentId: components[0]!.id });
    const [optedOut, control] = await createChecks(ctx.workspaceId, 2);
    await db.insert(alertOptOuts).values({ checkId: optedOut!.id, workspaceId: ctx.workspaceId });

    await takeDown([components[0]!.checkId, optedOut!.id]);
    await reactionsDone([components[0]!.checkId, optedOut!.id]);
    expect(await alertsOf(components[0]!.checkId)).toEqual([]);
    expect(await alertsOf(optedOut!.id)).toEqual([]);
    expect(await queuedMessages(ctx.workspaceId)).toEqual([]);

    // The same workspace and policy still alert for a check that is neither.
    await takeDown([control!.id]);
    await vi.waitFor(async () => expect(await queuedMessages(ctx.workspaceId)).toHaveLength(1), wait);
  }, 60_000);
});
