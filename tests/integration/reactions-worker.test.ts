import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { incidents } from "@/db/schema";
import type { CheckResult } from "@/lib/checks/types";
import { db, pool } from "@/lib/db";
import type { JobName } from "@/lib/jobs/registry";
import { recordCheckRun } from "@/lib/services/checks/record-run";
import { automaticIncidentLock } from "@/lib/services/incidents/auto";
import { removeDispatch } from "@/lib/services/scheduler/dispatch";
import { createPageFixture } from "../support/status-page";
import { startWorker, stopWorker, uniqueRegion, type WorkerProcess } from "../support/workers";

const failed: CheckResult = { ok: false, latencyMs: 10, statusCode: 503, errorClass: "assertion", error: "status 503" };
const region = uniqueRegion("reactions");
const started: WorkerProcess[] = [];

type ReactionJob = { locked_by: string | null; attempts: number };

async function incidentJob(checkId: string): Promise<ReactionJob | undefined> {
  const result = await db.execute<ReactionJob>(sql`
    select j.locked_by, j.attempts from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
    where t.identifier = ${"incidents__auto" satisfies JobName} and j.payload->>'checkId' = ${checkId}`);
  return result.rows[0];
}

async function jobPoolOf(workerPid: number): Promise<string | null> {
  const result = await db.execute<{ job_pool_id: string | null }>(sql`select job_pool_id from scheduler_workers where region = ${region} and pid = ${workerPid}`);
  return result.rows[0]?.job_pool_id ?? null;
}

afterAll(async () => {
  await Promise.all(started.map((worker) => (worker.child.exitCode === null ? stopWorker(worker) : undefined)));
  await removeDispatch(region);
});

describe("reactions survive a worker killed in the middle of one", () => {
  it("a killed worker's reaction is retried by another worker, and done exactly once", async () => {
    const url = inject("databaseUrl");
    const env = { WORKER_LIVENESS_SECONDS: "3" };
    const first = await startWorker(url, region, env);
    started.push(first);
    await vi.waitFor(async () => expect(await jobPoolOf(first.pid)).not.toBeNull(), { timeout: 10_000, interval: 100 });
    const { page, components } = await createPageFixture({ names: ["API"] });
    const checkId = components[0]!.checkId;

    // Holds the lock the automatic-incident reaction takes for this check,
    // so whichever worker picks the job up is stuck inside its transaction until the lock is let go.
    const blocker = await pool().connect();
    try {
      await blocker.query("begin");
      await blocker.query("select pg_advisory_xact_lock(hashtextextended($1, 0))", [automaticIncidentLock(checkId)]);
      await recordCheckRun(checkId, failed, { region: "eu", scheduledAt: new Date(), startedAt: new Date() });
      await recordCheckRun(checkId, failed, { region: "eu", scheduledAt: new Date(), startedAt: new Date() });
      await vi.waitFor(async () => expect((await incidentJob(checkId))?.locked_by).toBe(await jobPoolOf(first.pid)), { timeout: 10_000, interval: 50 });

      const exited = new Promise((resolve) => first.child.once("exit", resolve));
      first.child.kill("SIGKILL");
      await exited;
    } finally {
      await blocker.query("rollback");
      blocker.release();
    }
    expect(await db.select().from(incidents).where(eq(incidents.pageId, page.id))).toEqual([]);

    // The next worker of the region finds the first one silent, and unlocks the job it held.
    started.push(await startWorker(url, region, env));
    await vi.waitFor(async () => expect(await incidentJob(checkId)).toBeUndefined(), { timeout: 30_000, interval: 200 });
    const opened = await db.select().from(incidents).where(eq(incidents.pageId, page.id));
    expect(opened.map((incident) => [incident.title, incident.automatic])).toEqual([["API is down", true]]);
  }, 90_000);
});
