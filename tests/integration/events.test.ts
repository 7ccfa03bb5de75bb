import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { JobHelpers } from "graphile-worker";
import { Client } from "pg";
import { describe, expect, inject, it, vi } from "vitest";
import { incidents } from "@/db/schema";
import type { CheckResult } from "@/lib/checks/types";
import { db } from "@/lib/db";
import { emit } from "@/lib/events/emit";
import { subscribers } from "@/lib/events/subscribers";
import { newEvent } from "@/lib/events/types";
import { jobNames } from "@/lib/jobs/registry";
import { incidentUpdateInput } from "@/lib/schemas/incident";
import { recordRuns } from "@/lib/services/checks/record-runs";
import { postIncidentUpdate } from "@/lib/services/incidents/write";
import { CACHE_CHANNEL } from "@/lib/services/status-page/notify";
import { pageTag } from "@/lib/status-page/tags";
import { SchedulerRuntime } from "@/worker/scheduler/runtime";
import { checksDispatch } from "@/worker/tasks/checks__dispatch";
import { tasks } from "@/worker/tasks";
import { createOwnerCtx } from "../support/factories";
import { createPageFixture } from "../support/status-page";

const failed: CheckResult = { ok: false, latencyMs: 10, statusCode: 503, errorClass: "assertion", error: "status 503" };
let clock = Date.parse("2026-04-01T00:00:00Z");
const run = () => ({ region: "eu", scheduledAt: new Date((clock += 60_000)), startedAt: new Date(clock) });

type QueuedReaction = { task_identifier: string; payload: { eventId: string; type: string } };
type Executor = Pick<typeof db, "execute">;

async function reactionsQueuedFor(executor: Executor, checkId: string): Promise<QueuedReaction[]> {
  const result = await executor.execute<QueuedReaction>(sql`
    select t.identifier as task_identifier, j.payload from graphile_worker._private_jobs j
    join graphile_worker._private_tasks t on t.id = j.task_id
    where j.payload->>'checkId' = ${checkId} order by j.id`);
  return result.rows;
}

/**
 * Records failing runs and takes the reactions they queued off the queue in the same transaction,
 * so no worker (other test files run theirs) gets to them first: the test runs them itself.
 */
async function recordAndTakeReactions(checkId: string, runs: number): Promise<QueuedReaction[]> {
  return db.transaction(async (tx) => {
    await recordRuns(tx, Array.from({ length: runs }, () => ({ checkId, result: failed, ...run() })));
    const queued = await reactionsQueuedFor(tx, checkId);
    await tx.execute(sql`delete from graphile_worker._private_jobs where payload->>'checkId' = ${checkId}`);
    return queued;
  });
}

const helpers = { logger: { info() {}, warn() {}, error() {}, debug() {} }, job: {} } as unknown as JobHelpers;

describe("the road: events queued with the change", () => {
  it("queues one job per subscriber when a check changes state, carrying the event", async () => {
    const { components } = await createPageFixture({ names: ["API"] });
    const checkId = components[0]!.checkId;
    expect(await recordAndTakeReactions(checkId, 1)).toEqual([]);
    const queued = await recordAndTakeReactions(checkId, 1);
    expect(queued.map((job) => job.task_identifier).sort()).toEqual([...subscribers["check.status_changed"]].sort());
    expect(new Set(queued.map((job) => job.payload.eventId)).size).toBe(1);
    expect(queued[0]!.payload).toMatchObject({ type: "check.status_changed", checkId, from: "up", to: "down", cause: "status 503" });
  });

  it("queues nothing when the change rolls back", async () => {
    const { components } = await createPageFixture({ names: ["API"] });
    const checkId = components[0]!.checkId;
    const rolledBack = new Error("rolled back on purpose");
    await expect(
      db.transaction(async (tx) => {
        await recordRuns(tx, [{ checkId, result: failed, ...run() }, { checkId, result: failed, ...run() }]);
        expect(await reactionsQueuedFor(tx, checkId)).toHaveLength(subscribers["check.status_changed"].length);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(await reactionsQueuedFor(db, checkId)).toEqual([]);
    expect((await db.execute(sql`select 1 from check_runs where check_id = ${checkId}`)).rows).toEqual([]);
  });

  it("emitting the same event twice queues each reaction once", async () => {
    const ctx = await createOwnerCtx();
    const event = newEvent("check.status_changed", { checkId: randomUUID(), workspaceId: ctx.workspaceId, from: "up", to: "down", cause: null });
    const done = new Error("looked, now roll back");
    await expect(
      db.transaction(async (tx) => {
        await emit(tx, event);
        await emit(tx, [event, event]);
        expect(await reactionsQueuedFor(tx, event.checkId)).toHaveLength(subscribers["check.status_changed"].length);
        throw done;
      }),
    ).rejects.toBe(done);
  });

  it("opens the automatic incident once even when its job runs twice", async () => {
    const { ctx, page, components } = await createPageFixture({ names: ["API"] });
    const checkId = components[0]!.checkId;
    const job = (await recordAndTakeReactions(checkId, 2)).find((j) => j.task_identifier === "incidents__auto")!;

    await tasks.incidents__auto(job.payload, helpers);
    const [opened] = await db.select().from(incidents).where(eq(incidents.pageId, page.id));
    expect(opened).toMatchObject({ title: "API is down", automatic: true });
    // Even after someone resolves it by hand, a retry of the same event opens nothing new.
    await postIncidentUpdate(ctx, opened!.id, incidentUpdateInput.parse({ status: "resolved", message: "Fixed by hand" }));
    await tasks.incidents__auto(job.payload, helpers);
    expect((await db.select().from(incidents).where(eq(incidents.pageId, page.id))).map((i) => i.id)).toEqual([opened!.id]);
  });

  it("refreshes the cached pages that show the check, once per event", async () => {
    const { page, components } = await createPageFixture({ names: ["API"] });
    const checkId = components[0]!.checkId;
    const job = (await recordAndTakeReactions(checkId, 2)).find((j) => j.task_identifier === "pages__refresh")!;
    const listener = new Client({ connectionString: inject("databaseUrl") });
    await listener.connect();
    const heard: string[] = [];
    listener.on("notification", (message) => heard.push(message.payload ?? ""));
    try {
      await listener.query(`listen ${CACHE_CHANNEL}`);
      await tasks.pages__refresh(job.payload, helpers);
      await tasks.pages__refresh(job.payload, helpers);
      await vi.waitFor(() => expect(heard.filter((payload) => payload.includes(pageTag(page.id)))).toHaveLength(1));
      // A later notice proves the second run's would have arrived by now had it been sent.
      await db.execute(sql`select pg_notify(${CACHE_CHANNEL}, 'marker')`);
      await vi.waitFor(() => expect(heard).toContain("marker"));
      expect(heard.filter((payload) => payload.includes(pageTag(page.id)))).toHaveLength(1);
    } finally {
      await listener.end();
    }
  });

  it("every registered task refuses a malformed payload, naming the task and the field", async () => {
    const runtime = new SchedulerRuntime({
      region: "nowhere",
      pinnedOnly: true,
      concurrency: 1,
      livenessSeconds: 10,
      allowPrivateTargets: () => false,
      dnsServers: () => [],
      logTimings: false,
    });
    for (const name of jobNames) {
      const task = name === "checks__dispatch" ? checksDispatch(runtime) : tasks[name];
      await expect(task("not an object", helpers), name).rejects.toThrow(new RegExp(`^${name}: malformed payload \\(payload: `));
    }
    await expect(tasks.incidents__auto({ type: "check.status_changed", eventId: "x" }, helpers)).rejects.toThrow(/incidents__auto: malformed payload \(.*eventId/);
  });
});
