import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { nextSlotMs } from "@/lib/checks/slots";
import { startHttpTarget, type Target } from "@/lib/checks/testing/http-target";
import { db } from "@/lib/db";
import { checkInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import { deleteCheck } from "@/lib/services/checks/delete";
import { setCheckPaused, updateCheck } from "@/lib/services/checks/update";
import { removeDispatch } from "@/lib/services/scheduler/dispatch";
import type { Ctx } from "@/lib/services/context";
import { createOwnerCtx } from "../support/factories";
import { startWorker, stopWorker, uniqueRegion, type WorkerProcess } from "../support/workers";

// These checks probe local test servers: the instance allows private targets, as a self-hoster's would.
const privateTargets = vi.hoisted(() => ({ allowed: true }));
vi.mock("@/lib/services/instance/settings", async (original) => ({
  ...(await original<typeof import("@/lib/services/instance/settings")>()),
  allowPrivateTargets: async () => privateTargets.allowed,
}));

const interval = 10;
const slowMs = 2_500;
const region = uniqueRegion("sched");
const hits = new Map<string, number>();
let target: Target;
let ctx: Ctx;
let workers: WorkerProcess[] = [];
const checks: { id: string; path: string }[] = [];
/** Checks whose target may see one request more than was recorded (a probe cut short by a kill or a pause). */
const mayHaveExtraHit = new Set<string>();
let editStartedAt = Infinity;

type Run = { checkId: string; slot: number; startedAt: number };

async function runsOf(ids: string[]): Promise<Run[]> {
  const result = await db.execute<{ check_id: string; slot: string; started: string }>(sql`
    select check_id, (extract(epoch from scheduled_at) * 1000)::bigint as slot, (extract(epoch from started_at) * 1000)::bigint as started
    from check_runs where check_id in ${ids} order by scheduled_at`);
  return result.rows.map((row) => ({ checkId: row.check_id, slot: Number(row.slot), startedAt: Number(row.started) }));
}

const runsOfCheck = (runs: Run[], id: string) => runs.filter((run) => run.checkId === id);

function input(path: string, overrides: Record<string, unknown> = {}) {
  return checkInput.parse({ name: path, intervalSeconds: interval, regions: [region], config: { type: "http", url: target.url(path), method: "GET" }, ...overrides });
}

/**
 * The first run is at creation or edit ("due now"), the second on the check's grid no later than
 * its first slot after that run was claimed, and every later one on the grid slot after the last.
 */
function expectNoGapsNoDuplicates(id: string, runs: Run[], seconds = interval) {
  const slots = runs.map((run) => run.slot);
  expect(new Set(slots).size, `duplicate slots of ${id}`).toBe(slots.length);
  if (runs.length > 1) {
    expect(slots[1], `second slot of ${id} is on its grid`).toBe(nextSlotMs(id, seconds, slots[1]! - 1));
    expect(slots[1]).toBeGreaterThan(slots[0]!);
    expect(slots[1]).toBeLessThanOrEqual(nextSlotMs(id, seconds, runs[0]!.startedAt));
  }
  for (let i = 2; i < slots.length; i += 1) {
    expect(slots[i], `slot ${i} of ${id} follows slot ${i - 1}`).toBe(nextSlotMs(id, seconds, slots[i - 1]!));
  }
}

beforeAll(async () => {
  target = await startHttpTarget((req, res) => {
    const path = req.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    setTimeout(() => res.end("ok"), path.startsWith("/slow") ? slowMs : 0);
  });
  const url = inject("databaseUrl");
  workers = await Promise.all([0, 1, 2].map(() => startWorker(url, region, { WORKER_LIVENESS_SECONDS: "4" })));
  ctx = await createOwnerCtx();
  for (let i = 0; i < 9; i += 1) {
    const path = i < 3 ? `/slow/${i}` : `/fast/${i}`;
    checks.push({ id: await createCheck(ctx, input(path)), path });
  }
}, 90_000);

afterAll(async () => {
  await Promise.all(workers.map(stopWorker));
  await removeDispatch(region);
  await target?.close();
});

describe("the scheduler, with three worker processes", () => {
  it("runs every check on its own slot grid, once per slot", async () => {
    const ids = checks.map((check) => check.id);
    await vi.waitFor(async () => {
      const runs = await runsOf(ids);
      for (const id of ids) expect(runsOfCheck(runs, id).length).toBeGreaterThanOrEqual(3);
    }, { timeout: 45_000, interval: 500 });
    const runs = await runsOf(ids);
    for (const id of ids) expectNoGapsNoDuplicates(id, runsOfCheck(runs, id));
    // Spread: the checks' grids do not all fire in the same second.
    const phases = new Set(ids.map((id) => Math.floor((runsOfCheck(runs, id)[1]!.slot % (interval * 1000)) / 1000)));
    expect(phases.size).toBeGreaterThan(3);
    // A lease is deleted with the last of its runs: none lingers once its slots are done.
    const stale = await db.execute(sql`select 1 from scheduler_leases where region = ${region} and created_at < now() - interval '15 seconds'`);
    expect(stale.rows).toEqual([]);
  }, 60_000);

  it("takes over, within two intervals, the slots of a worker killed mid-run", async () => {
    const slow = checks.slice(0, 3).map((check) => check.id);
    // Wait for a worker to be in the middle of a probe of a slow check: a started slot not yet recorded.
    const victim = await vi.waitFor(async () => {
      const running = await db.execute<{ worker_id: string; pid: number }>(sql`
        select l.worker_id, w.pid from scheduler_leases l
        join scheduler_workers w on w.id = l.worker_id
        cross join unnest(l.check_ids, l.slots) as s(check_id, slot)
        where l.region = ${region} and s.check_id in ${slow} and s.slot < now() - interval '300 ms'
          and not exists (select 1 from check_runs r where r.check_id = s.check_id and r.scheduled_at = s.slot)
        limit 1`);
      const found = running.rows[0];
      expect(found).toBeDefined();
      return { id: found!.worker_id, process: workers.find((worker) => worker.pid === found!.pid)! };
    }, { timeout: 30_000, interval: 100 });
    const held = await db.execute<{ check_id: string; slot: string }>(sql`
      select s.check_id, (extract(epoch from s.slot) * 1000)::bigint as slot
      from scheduler_leases l cross join unnest(l.check_ids, l.slots) as s(check_id, slot)
      where l.worker_id = ${victim.id}
        and not exists (select 1 from check_runs r where r.check_id = s.check_id and r.scheduled_at = s.slot)`);
    victim.process.child.kill("SIGKILL");
    workers = workers.filter((worker) => worker !== victim.process);
    expect(held.rows.length).toBeGreaterThan(0);
    for (const row of held.rows) mayHaveExtraHit.add(row.check_id);

    // Every slot it held runs on another worker, late by less than two intervals.
    await vi.waitFor(async () => {
      const runs = await runsOf(held.rows.map((row) => row.check_id));
      for (const row of held.rows) {
        const run = runs.find((r) => r.checkId === row.check_id && r.slot === Number(row.slot));
        expect(run, `slot ${row.slot} of ${row.check_id}`).toBeDefined();
        expect(run!.startedAt - run!.slot).toBeLessThan(2 * interval * 1000);
      }
    }, { timeout: 2 * interval * 1000, interval: 250 });
    const alive = await db.execute(sql`select 1 from scheduler_workers where id = ${victim.id}`);
    expect(alive.rows).toHaveLength(0);
  }, 60_000);

  it("applies edits at once, and stops paused and deleted checks", async () => {
    const [edited, paused, deleted, reference] = checks.slice(3, 7);
    const pausedRuns = (await runsOf([paused!.id])).length;
    editStartedAt = Date.now();
    await updateCheck(ctx, edited!.id, input("/fast/edited", { intervalSeconds: 12 }));
    const editedAt = Date.now();
    await setCheckPaused(ctx, paused!.id, true);
    const pausedAt = Date.now();
    await deleteCheck(ctx, deleted!.id);
    const deletedHits = hits.get(deleted!.path) ?? 0;
    const pausedHits = hits.get(paused!.path) ?? 0;
    mayHaveExtraHit.add(paused!.id);

    // The edited check runs at once against its new URL (claimed by the next dispatch).
    await vi.waitFor(() => expect(hits.get("/fast/edited")).toBeGreaterThanOrEqual(1), { timeout: 5_000, interval: 100 });
    expect(Date.now() - editedAt).toBeLessThan(5_000);

    // Wait an interval and more, measured by the reference check's runs, and by the edited check's new cadence.
    const referenceRuns = (await runsOf([reference!.id])).length;
    await vi.waitFor(async () => {
      expect((await runsOf([reference!.id])).length).toBeGreaterThanOrEqual(referenceRuns + 2);
      expect(hits.get("/fast/edited")).toBeGreaterThanOrEqual(3);
      // Runs are recorded in batches a moment after the target answers: wait for the records too.
      expect((await runsOf([edited!.id])).filter((run) => run.slot >= editStartedAt).length).toBeGreaterThanOrEqual(3);
    }, { timeout: 40_000, interval: 500 });

    expect(hits.get(deleted!.path) ?? 0).toBeLessThanOrEqual(deletedHits + 1);
    expect(hits.get(paused!.path) ?? 0).toBeLessThanOrEqual(pausedHits + 1);
    const afterPause = (await runsOf([paused!.id])).filter((run) => run.startedAt > pausedAt);
    expect(afterPause).toEqual([]);
    expect((await runsOf([paused!.id])).length).toBe(pausedRuns);

    const editedRuns = (await runsOf([edited!.id])).filter((run) => run.slot >= editStartedAt);
    expect(editedRuns.length).toBeGreaterThanOrEqual(3);
    expectNoGapsNoDuplicates(edited!.id, editedRuns, 12);
  }, 60_000);

  it("recorded exactly what the target saw: no slot ran twice, none was skipped", async () => {
    await Promise.all(workers.map(stopWorker));
    const [edited, , deleted] = checks.slice(3, 6);
    const kept = checks.filter((check) => check !== deleted);
    const runs = await runsOf(kept.map((check) => check.id));
    for (const check of kept) {
      if (check === edited) continue;
      const own = runsOfCheck(runs, check.id);
      expectNoGapsNoDuplicates(check.id, own);
      const seen = hits.get(check.path) ?? 0;
      expect(seen - own.length, `${check.path}: ${seen} requests, ${own.length} runs`).toBeGreaterThanOrEqual(0);
      expect(seen - own.length).toBeLessThanOrEqual(mayHaveExtraHit.has(check.id) ? 1 : 0);
    }
    const editedRuns = runs.filter((run) => run.checkId === edited!.id);
    expect(hits.get(edited!.path)).toBe(editedRuns.filter((run) => run.slot < editStartedAt).length);
    expect(hits.get("/fast/edited")).toBe(editedRuns.filter((run) => run.slot >= editStartedAt).length);
  }, 60_000);
});
