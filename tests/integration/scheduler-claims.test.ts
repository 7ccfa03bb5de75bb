import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkRuns, checkSchedules } from "@/db/schema";
import { nextSlotMs } from "@/lib/checks/slots";
import { db } from "@/lib/db";
import { checkInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import { claimDueSlots, takeOverLeases, type ClaimedSlot } from "@/lib/services/scheduler/claims";
import { recordBatch } from "@/lib/services/scheduler/record-batch";
import { reapDeadWorkers, registerWorker } from "@/lib/services/scheduler/workers";
import { createOwnerCtx } from "../support/factories";

/** Checks pinned to a region of their own, so no other test's rows are claimed here. */
async function pinnedChecks(count: number) {
  const region = `t-${randomUUID().slice(0, 8)}`;
  const ctx = await createOwnerCtx();
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const input = checkInput.parse({ name: `c${i}`, intervalSeconds: 60, regions: [region], config: { type: "http", url: "https://example.com", method: "GET" } });
    ids.push(await createCheck(ctx, input));
  }
  return { region, ids };
}

async function worker(region: string) {
  const id = randomUUID();
  await registerWorker({ id, region, host: "test", pid: process.pid });
  return id;
}

const claim = (workerId: string, region: string) => claimDueSlots({ workerId, region, pinnedOnly: true, horizonMs: 3_000, limit: 1_000 });

const run = (slot: ClaimedSlot) => ({
  checkId: slot.checkId,
  region: slot.region,
  scheduledAt: slot.slot,
  startedAt: new Date(),
  result: { ok: true, latencyMs: 3 },
});

describe("claiming slots", () => {
  it("hands each due slot to exactly one of the workers claiming at once, and moves it along its grid", async () => {
    const { region, ids } = await pinnedChecks(40);
    const workers = await Promise.all([worker(region), worker(region), worker(region)]);
    const claims = await Promise.all(workers.map((id) => claim(id, region)));
    const claimed = claims.flat().sort((a, b) => a.slot.getTime() - b.slot.getTime());
    expect(new Set(claimed.map((slot) => `${slot.checkId} ${slot.slot.getTime()}`)).size).toBe(claimed.length);
    const first = new Map<string, number>();
    for (const slot of claimed) {
      const previous = first.get(slot.checkId);
      // A check's next grid slot may fall inside the horizon too: then it is claimed as well.
      if (previous === undefined) first.set(slot.checkId, slot.slot.getTime());
      else expect(slot.slot.getTime()).toBe(nextSlotMs(slot.checkId, 60, previous));
    }
    expect([...first.keys()].sort()).toEqual([...ids].sort());

    // Claiming again hands out only slots that follow on each check's grid (those due within the horizon).
    for (const slot of (await Promise.all(workers.map((id) => claim(id, region)))).flat()) {
      expect(slot.slot.getTime()).toBeGreaterThan(first.get(slot.checkId)!);
      expect(slot.slot.getTime()).toBe(nextSlotMs(slot.checkId, 60, slot.slot.getTime() - 1));
    }
    const rows = await db.select().from(checkSchedules).where(inArray(checkSchedules.checkId, ids));
    for (const row of rows) {
      expect(row.nextRunAt.getTime()).toBeGreaterThan(first.get(row.checkId)!);
      expect(row.nextRunAt.getTime()).toBe(nextSlotMs(row.checkId, 60, row.nextRunAt.getTime() - 1));
    }
  });

  it("gives the unrecorded slots of a dead worker, and only those, to the worker that takes over", async () => {
    const { region, ids } = await pinnedChecks(6);
    const dead = await worker(region);
    const slots = await claim(dead, region);
    expect(slots).toHaveLength(6);
    expect(await recordBatch(dead, slots.slice(0, 4).map(run), [])).toBe("recorded");
    await db.execute(sql`update scheduler_workers set heartbeat_at = now() - interval '1 minute' where id = ${dead}`);

    const heir = await worker(region);
    expect(await reapDeadWorkers(10, heir)).toContain(dead);
    const takenOver = await takeOverLeases(heir, region);
    expect(takenOver.map((slot) => slot.checkId).sort()).toEqual(slots.slice(4).map((slot) => slot.checkId).sort());

    // The dead worker wakes up: it may not record anything any more.
    expect(await recordBatch(dead, slots.slice(4).map(run), [])).toBe("fenced");
    expect(await recordBatch(heir, takenOver.map(run), [takenOver[0]!.leaseId])).toBe("recorded");
    const runs = await db.select().from(checkRuns).where(inArray(checkRuns.checkId, ids));
    expect(runs).toHaveLength(6);
    expect(await takeOverLeases(heir, region)).toEqual([]);
    const leases = await db.execute(sql`select 1 from scheduler_leases where worker_id in (${dead}, ${heir})`);
    expect(leases.rows).toHaveLength(0);
  });

  it("deletes, on takeover, a dead worker's lease whose slots were all recorded", async () => {
    const { region } = await pinnedChecks(3);
    const dead = await worker(region);
    const slots = await claim(dead, region);
    expect(await recordBatch(dead, slots.map(run), [])).toBe("recorded");
    await db.execute(sql`update scheduler_workers set heartbeat_at = now() - interval '1 minute' where id = ${dead}`);

    const heir = await worker(region);
    await reapDeadWorkers(10, heir);
    expect(await takeOverLeases(heir, region)).toEqual([]);
    const leases = await db.execute(sql`select 1 from scheduler_leases where id = ${slots[0]!.leaseId}`);
    expect(leases.rows).toHaveLength(0);
  });

  it("does not claim for a worker that is not registered", async () => {
    const { region, ids } = await pinnedChecks(1);
    expect(await claim(randomUUID(), region)).toEqual([]);
    const [row] = await db.select().from(checkSchedules).where(eq(checkSchedules.checkId, ids[0]!));
    expect(row!.nextRunAt.getTime()).toBeLessThan(Date.now() + 1_000);
  });
});
