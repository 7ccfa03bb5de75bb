import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkRollups, checkRuns } from "@/db/schema";
import { db } from "@/lib/db";
import { checkInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import { refreshRollups } from "@/lib/services/rollups/refresh";
import { createOwnerCtx } from "../support/factories";

// Rows far in the past: no other test and no retention run touches 2003.
const t = (iso: string) => new Date(`2003-${iso}Z`);

async function newCheck() {
  const ctx = await createOwnerCtx();
  const id = await createCheck(ctx, checkInput.parse({ name: "API", paused: true, config: { type: "http", url: "https://example.com" } }));
  return id;
}

async function insertRuns(checkId: string, runs: Array<{ at: Date; ok: boolean; latencyMs: number | null }>) {
  await db.insert(checkRuns).values(runs.map((run) => ({ checkId, startedAt: run.at, ok: run.ok, latencyMs: run.latencyMs })));
}

async function rollups(checkId: string, resolution: "minute" | "hour" | "day") {
  return db
    .select()
    .from(checkRollups)
    .where(and(eq(checkRollups.checkId, checkId), eq(checkRollups.resolution, resolution)))
    .orderBy(asc(checkRollups.bucketStart));
}

/** PostgreSQL's percentile_cont: linear interpolation between the two nearest ranks. */
function percentileCont(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = fraction * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

describe("rollups", () => {
  it("counts runs and successes per minute, with latency over successful runs and an exact p95", async () => {
    const id = await newCheck();
    const latencies = Array.from({ length: 20 }, (_, i) => (i + 1) * 10);
    await insertRuns(id, [
      ...latencies.map((latencyMs, i) => ({ at: new Date(t("03-10T10:00:00").getTime() + i * 1000), ok: true, latencyMs })),
      { at: t("03-10T10:00:30"), ok: false, latencyMs: 10_000 },
      { at: t("03-10T10:00:31"), ok: false, latencyMs: null },
    ]);
    await refreshRollups({ from: t("03-10T10:00:00"), to: t("03-10T10:05:00"), checkIds: [id] });

    const [minute] = await rollups(id, "minute");
    expect(minute).toMatchObject({ bucketStart: t("03-10T10:00:00"), runs: 22, successes: 20, latencySum: 2100, latencyMin: 10, latencyMax: 200 });
    expect(minute!.latencyP95).toBeCloseTo(percentileCont(latencies, 0.95), 3);
    expect(minute!.latencyP95).toBeCloseTo(190.5, 3);
  });

  it("puts a run at the last millisecond of a minute, hour and day in that bucket, and the next run in the next", async () => {
    const id = await newCheck();
    await insertRuns(id, [
      { at: t("03-10T23:59:59.999"), ok: true, latencyMs: 5 },
      { at: t("03-11T00:00:00.000"), ok: false, latencyMs: 7 },
    ]);
    await refreshRollups({ from: t("03-10T23:58:00"), to: t("03-11T00:02:00"), checkIds: [id] });

    expect((await rollups(id, "minute")).map((r) => [r.bucketStart.toISOString(), r.runs, r.successes])).toEqual([
      ["2003-03-10T23:59:00.000Z", 1, 1],
      ["2003-03-11T00:00:00.000Z", 1, 0],
    ]);
    expect((await rollups(id, "hour")).map((r) => r.bucketStart.toISOString())).toEqual(["2003-03-10T23:00:00.000Z", "2003-03-11T00:00:00.000Z"]);
    expect((await rollups(id, "day")).map((r) => [r.bucketStart.toISOString(), r.runs, r.successes])).toEqual([
      ["2003-03-10T00:00:00.000Z", 1, 1],
      ["2003-03-11T00:00:00.000Z", 1, 0],
    ]);
  });

  it("sums minutes into hours and hours into days exactly, with a run-weighted p95 of the finer p95s", async () => {
    const id = await newCheck();
    // 10:00 holds 97 fast runs; 10:01 holds 3 slow ones: the hour's p95 is a fast one.
    await insertRuns(id, [
      ...Array.from({ length: 97 }, (_, i) => ({ at: new Date(t("03-12T10:00:00").getTime() + i * 500), ok: true, latencyMs: 20 })),
      ...Array.from({ length: 3 }, (_, i) => ({ at: new Date(t("03-12T10:01:00").getTime() + i * 1000), ok: true, latencyMs: 500 })),
      { at: t("03-12T11:30:00"), ok: false, latencyMs: null },
    ]);
    await refreshRollups({ from: t("03-12T10:00:00"), to: t("03-12T12:00:00"), checkIds: [id] });

    const hours = await rollups(id, "hour");
    expect(hours.map((h) => [h.bucketStart.toISOString(), h.runs, h.successes, h.latencySum, h.latencyMin, h.latencyMax])).toEqual([
      ["2003-03-12T10:00:00.000Z", 100, 100, 97 * 20 + 3 * 500, 20, 500],
      ["2003-03-12T11:00:00.000Z", 1, 0, 0, null, null],
    ]);
    expect(hours[0]!.latencyP95).toBe(20);
    expect(hours[1]!.latencyP95).toBeNull();
    const [day] = await rollups(id, "day");
    expect(day).toMatchObject({ runs: 101, successes: 100, latencyMin: 20, latencyMax: 500, latencyP95: 20 });

    // Once slow runs are more than 5% of the successes, the hour's p95 is the slow minute's.
    await insertRuns(id, Array.from({ length: 5 }, (_, i) => ({ at: new Date(t("03-12T10:01:10").getTime() + i * 1000), ok: true, latencyMs: 500 })));
    await refreshRollups({ from: t("03-12T10:00:00"), to: t("03-12T12:00:00"), checkIds: [id] });
    expect((await rollups(id, "hour"))[0]!.latencyP95).toBe(500);
  });

  it("is idempotent and counts a late run on the next refresh of its window", async () => {
    const id = await newCheck();
    await insertRuns(id, [{ at: t("03-13T08:00:10"), ok: true, latencyMs: 30 }]);
    const window = { from: t("03-13T08:00:00"), to: t("03-13T08:03:00"), checkIds: [id] };
    await refreshRollups(window);
    await refreshRollups(window);
    expect((await rollups(id, "minute")).map((r) => r.runs)).toEqual([1]);
    expect((await rollups(id, "day")).map((r) => r.runs)).toEqual([1]);

    await insertRuns(id, [{ at: t("03-13T08:00:50"), ok: false, latencyMs: null }]);
    await refreshRollups(window);
    expect((await rollups(id, "minute")).map((r) => [r.runs, r.successes])).toEqual([[2, 1]]);
    expect((await rollups(id, "hour")).map((r) => [r.runs, r.successes])).toEqual([[2, 1]]);
    expect((await rollups(id, "day")).map((r) => [r.runs, r.successes])).toEqual([[2, 1]]);
  });

  it("leaves other checks' buckets alone when refreshing some checks", async () => {
    const mine = await newCheck();
    const other = await newCheck();
    await insertRuns(mine, [{ at: t("03-14T09:00:00"), ok: true, latencyMs: 1 }]);
    await insertRuns(other, [{ at: t("03-14T09:00:00"), ok: true, latencyMs: 1 }]);
    await refreshRollups({ from: t("03-14T09:00:00"), to: t("03-14T09:01:00"), checkIds: [mine] });
    expect(await rollups(mine, "minute")).toHaveLength(1);
    expect(await rollups(other, "minute")).toHaveLength(0);
  });
});
