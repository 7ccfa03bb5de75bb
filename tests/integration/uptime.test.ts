import { describe, expect, it } from "vitest";
import { checkRollups, outages } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { checkInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import type { Ctx } from "@/lib/services/context";
import { dailyBars } from "@/lib/services/uptime/daily";
import { responseTimeSeries } from "@/lib/services/uptime/response-times";
import { sparklines } from "@/lib/services/uptime/sparkline";
import { uptimeSummaries } from "@/lib/services/uptime/summary";
import { createOwnerCtx } from "../support/factories";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Rollups in 2005, after every retention test's cutoff; "now" is 2005-06-30 12:30 UTC.
const now = new Date(Date.UTC(2005, 5, 30, 12, 30));
const today = Date.UTC(2005, 5, 30);

async function newCheck(ctx: Ctx, name = "API") {
  return createCheck(ctx, checkInput.parse({ name, paused: true, config: { type: "http", url: "https://example.com" } }));
}

type Bucket = { resolution: "minute" | "hour" | "day"; at: number; runs: number; successes: number; latencySum?: number; p95?: number };
async function insertRollups(checkId: string, buckets: Bucket[]) {
  await db.insert(checkRollups).values(
    buckets.map((b) => ({
      checkId,
      resolution: b.resolution,
      bucketStart: new Date(b.at),
      runs: b.runs,
      successes: b.successes,
      latencySum: b.latencySum ?? 0,
      latencyP95: b.p95 ?? null,
    })),
  );
}

describe("uptime read services", () => {
  it("gives uptime over 24 hours, 7 days, 30 days and 90 days from hour and day rollups", async () => {
    const ctx = await createOwnerCtx();
    const id = await newCheck(ctx);
    const hour = Date.UTC(2005, 5, 30, 12);
    await insertRollups(id, [
      { resolution: "hour", at: hour, runs: 60, successes: 60 }, // current hour
      { resolution: "hour", at: hour - 23 * HOUR, runs: 60, successes: 30 }, // oldest hour of the 24
      { resolution: "hour", at: hour - 24 * HOUR, runs: 60, successes: 0 }, // outside 24 h, inside 7 d
      { resolution: "hour", at: hour - 7 * 24 * HOUR, runs: 100, successes: 0 }, // outside 7 d
      { resolution: "day", at: today, runs: 100, successes: 100 },
      { resolution: "day", at: today - 29 * DAY, runs: 100, successes: 50 },
      { resolution: "day", at: today - 30 * DAY, runs: 100, successes: 0 }, // outside 30 d
      { resolution: "day", at: today - 89 * DAY, runs: 100, successes: 50 },
      { resolution: "day", at: today - 90 * DAY, runs: 1000, successes: 0 }, // outside 90 d
    ]);
    const summary = (await uptimeSummaries(ctx, { now })).get(id);
    expect(summary?.h24).toBeCloseTo(75, 6);
    expect(summary?.d7).toBeCloseTo((90 / 180) * 100, 6);
    expect(summary?.d30).toBeCloseTo(75, 6);
    expect(summary?.d90).toBeCloseTo((200 / 400) * 100, 6);
  });

  it("says nothing about a check without runs, and never reads another workspace's checks", async () => {
    const ctx = await createOwnerCtx();
    const intruder = await createOwnerCtx();
    const quiet = await newCheck(ctx, "Quiet");
    const busy = await newCheck(ctx, "Busy");
    await insertRollups(busy, [{ resolution: "day", at: today, runs: 10, successes: 10 }]);
    const own = await uptimeSummaries(ctx, { now });
    expect(own.get(quiet)).toBeUndefined();
    expect(own.get(busy)?.d30).toBe(100);

    expect((await uptimeSummaries(intruder, { checkIds: [busy], now })).size).toBe(0);
    expect((await dailyBars(intruder, { checkIds: [busy], now })).size).toBe(0);
    expect((await sparklines(intruder, { checkIds: [busy], now })).size).toBe(0);
    await expect(responseTimeSeries(intruder, { checkId: busy, range: "24h", now })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("builds 90 daily bars with uptime from day rollups and outage minutes cut at UTC midnights", async () => {
    const ctx = await createOwnerCtx();
    const id = await newCheck(ctx);
    await insertRollups(id, [
      { resolution: "day", at: today - DAY, runs: 1440, successes: 1380 },
      { resolution: "day", at: today, runs: 750, successes: 750 },
    ]);
    await db.insert(outages).values([
      { checkId: id, status: "down", startedAt: new Date(today - DAY - 30 * 60_000), endedAt: new Date(today - DAY + 60 * 60_000) },
      { checkId: id, status: "degraded", startedAt: new Date(today + 12 * HOUR), endedAt: null },
      { checkId: id, status: "down", startedAt: new Date(today - 200 * DAY), endedAt: new Date(today - 199 * DAY) },
    ]);
    const bars = (await dailyBars(ctx, { checkIds: [id], now })).get(id)!;
    expect(bars).toHaveLength(90);
    expect(bars[0]!.day).toBe("2005-04-02");
    expect(bars.at(-1)).toEqual({ day: "2005-06-30", runs: 750, successes: 750, uptimePercent: 100, downMinutes: 0, degradedMinutes: 30, outages: 1 });
    expect(bars.at(-2)).toMatchObject({ day: "2005-06-29", runs: 1440, successes: 1380, downMinutes: 60, outages: 1 });
    expect(bars.at(-2)!.uptimePercent).toBeCloseTo((1380 / 1440) * 100, 6);
    expect(bars.at(-3)).toMatchObject({ day: "2005-06-28", uptimePercent: null, downMinutes: 30 });
    expect(bars.slice(0, -3).every((bar) => bar.runs === 0 && bar.downMinutes === 0)).toBe(true);
  });

  it("gives 24 hourly sparkline points, empty hours as nulls", async () => {
    const ctx = await createOwnerCtx();
    const id = await newCheck(ctx);
    const hour = Date.UTC(2005, 5, 30, 12);
    await insertRollups(id, [
      { resolution: "hour", at: hour, runs: 10, successes: 8, latencySum: 400 },
      { resolution: "hour", at: hour - 2 * HOUR, runs: 10, successes: 10, latencySum: 1000 },
    ]);
    const points = (await sparklines(ctx, { checkIds: [id], now })).get(id)!;
    expect(points).toHaveLength(24);
    expect(points.at(-1)).toMatchObject({ avgLatencyMs: 50, uptimePercent: 80 });
    expect(points.at(-2)).toMatchObject({ avgLatencyMs: null, uptimePercent: null });
    expect(points.at(-3)).toMatchObject({ avgLatencyMs: 100, uptimePercent: 100 });
  });

  it("charts response times from minute rollups in 10-minute points for the last 24 hours", async () => {
    const ctx = await createOwnerCtx();
    const id = await newCheck(ctx);
    const bin = Date.UTC(2005, 5, 30, 12, 10);
    await insertRollups(id, [
      { resolution: "minute", at: bin, runs: 6, successes: 6, latencySum: 60, p95: 15 },
      { resolution: "minute", at: bin + 60_000, runs: 6, successes: 4, latencySum: 120, p95: 40 },
      { resolution: "minute", at: bin - 25 * HOUR, runs: 6, successes: 6, latencySum: 60, p95: 15 }, // too old
    ]);
    const points = await responseTimeSeries(ctx, { checkId: id, range: "24h", now });
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ at: new Date(bin), runs: 12, avgMs: 18, p95Ms: 40 });
    expect(points[0]!.uptimePercent).toBeCloseTo((10 / 12) * 100, 6);
  });
});
