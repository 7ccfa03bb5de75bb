import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkRollups, checks, pageComponents } from "@/db/schema";
import { db } from "@/lib/db";
import { buildPageSnapshot } from "@/lib/services/status-page/snapshot";
import { uptimeSummaries } from "@/lib/services/uptime/summary";
import { createPageFixture, insertOutage, insertRollup } from "../support/status-page";

const now = new Date("2026-03-12T12:00:00Z");

describe("uptime during a live outage", () => {
  it("counts an open outage up to now in today's cell and the period, though no rollup has caught up", async () => {
    const { ctx, page, components } = await createPageFixture({ status: "down" });
    const [api, web] = components;
    await insertRollup(api!.checkId, "day", "2026-03-11T00:00:00Z", 1440, 1440);
    await insertOutage(api!.checkId, "2026-03-12T11:30:00Z", null);
    // The other check went down seconds ago: its cell must already show downtime.
    await insertOutage(web!.checkId, "2026-03-12T11:59:50Z", null);

    const snapshot = await buildPageSnapshot(page.id, now);
    const uptime = snapshot!.components[0]!.uptime;
    expect(uptime.days.at(-1)).toMatchObject({ date: "2026-03-12", uptime: 0, outageMinutes: 30 });
    expect(uptime.percent).toBeCloseTo((1440 / 1470) * 100, 6);
    expect(snapshot!.components[1]!.uptime.days.at(-1)!.outageMinutes).toBe(1);
    expect(snapshot!.liveOutage).toBe(true);

    const summary = (await uptimeSummaries(ctx, { checkIds: [api!.checkId], now })).get(api!.checkId);
    expect(summary?.h24).toBe(0);
    expect(summary?.d90).toBeCloseTo((1440 / 1470) * 100, 6);
  });

  it("adds only the part of the outage after the last rolled-up minute, at the check's interval", async () => {
    const { ctx, components } = await createPageFixture({ status: "down", names: ["API"] });
    const checkId = components[0]!.checkId;
    await db.update(checks).set({ intervalSeconds: 30 }).where(eq(checks.id, checkId));
    await insertOutage(checkId, "2026-03-12T11:30:00Z", null);
    // The rollups have counted the first twenty minutes of it (40 failed runs at 30 s).
    await db.insert(checkRollups).values(
      Array.from({ length: 20 }, (_, i) => ({ checkId, resolution: "minute" as const, bucketStart: new Date(Date.parse("2026-03-12T11:30:00Z") + i * 60_000), runs: 2, successes: 0, latencySum: 0 })),
    );
    await insertRollup(checkId, "hour", "2026-03-12T11:00:00Z", 100, 60);
    await insertRollup(checkId, "day", "2026-03-12T00:00:00Z", 100, 60);

    const summary = (await uptimeSummaries(ctx, { checkIds: [checkId], now })).get(checkId);
    // 20 more failed runs for the 10 uncounted minutes, none for the counted ones.
    expect(summary?.h24).toBeCloseTo((60 / 120) * 100, 6);
    expect(summary?.d90).toBeCloseTo((60 / 120) * 100, 6);

    // Paused while down, the check makes no more failed runs, though its outage stays open.
    await db.update(checks).set({ paused: true, status: "paused" }).where(eq(checks.id, checkId));
    expect((await uptimeSummaries(ctx, { checkIds: [checkId], now })).get(checkId)?.h24).toBeCloseTo(60, 6);
  });

  it("averages the public response times over the successful runs the latency sum counts", async () => {
    const { page, components } = await createPageFixture({ names: ["API"] });
    const api = components[0]!;
    await db.update(pageComponents).set({ showResponseTime: true }).where(eq(pageComponents.id, api.id));
    await insertRollup(api.checkId, "hour", "2026-03-12T12:00:00Z", 60, 30, 30 * 200);

    const snapshot = await buildPageSnapshot(page.id, now);
    const points = snapshot!.components[0]!.responseTimes!;
    expect(points).toHaveLength(24);
    expect(points.at(-1)).toEqual({ hour: "2026-03-12T12:00:00.000Z", meanMs: 200 });
    expect(snapshot!.liveOutage).toBe(false);
  });
});
