import { describe, expect, it } from "vitest";
import { incidentComponents, incidents, incidentUpdates, maintenanceComponents, maintenances } from "@/db/schema";
import { db } from "@/lib/db";
import { buildPageSnapshot } from "@/lib/services/status-page/snapshot";
import { createPageFixture, insertOutage, insertRollup } from "../support/status-page";

const now = new Date("2026-03-12T12:00:00Z");

describe("page snapshot", () => {
  it("builds 90 daily cells from day rollups and outage minutes", async () => {
    const { page, components } = await createPageFixture();
    const api = components[0]!;
    await insertRollup(api.checkId, "day", "2026-03-11T00:00:00Z", 1440, 1410);
    await insertRollup(api.checkId, "day", "2026-03-12T00:00:00Z", 720, 720);
    await insertOutage(api.checkId, "2026-03-11T10:00:00Z", "2026-03-11T10:30:00Z");

    const snapshot = await buildPageSnapshot(page.id, now);
    const days = snapshot!.components[0]!.uptime.days;
    expect(days).toHaveLength(90);
    expect(days.at(-1)).toEqual({ date: "2026-03-12", uptime: 100, outageMinutes: 0, degradedMinutes: 0 });
    expect(days.at(-2)).toMatchObject({ date: "2026-03-11", outageMinutes: 30 });
    expect(days.at(-2)!.uptime).toBeCloseTo((1410 / 1440) * 100);
    expect(days.at(-3)!.uptime).toBeNull();
    expect(snapshot!.components[0]!.uptime.percent).toBeCloseTo((2130 / 2160) * 100);
    expect(snapshot!.components[1]!.uptime.percent).toBeNull();
  });

  it("sums hour rollups by the page's own calendar in another time zone", async () => {
    const { page, components } = await createPageFixture({ timeZone: "Asia/Tokyo" });
    const api = components[0]!;
    // 23:00 UTC on the 10th is 08:00 on the 11th in Tokyo; 14:00 UTC is 23:00 the same day.
    await insertRollup(api.checkId, "hour", "2026-03-10T23:00:00Z", 60, 30);
    await insertRollup(api.checkId, "hour", "2026-03-11T14:00:00Z", 60, 60);
    await insertRollup(api.checkId, "hour", "2026-03-11T15:00:00Z", 60, 0);
    const snapshot = await buildPageSnapshot(page.id, now);
    const days = snapshot!.components[0]!.uptime.days;
    expect(days.at(-1)).toMatchObject({ date: "2026-03-12", uptime: 0 });
    expect(days.at(-2)).toMatchObject({ date: "2026-03-11", uptime: 75 });
  });

  it("derives component states from checks, open incidents and maintenance windows", async () => {
    const { page, components } = await createPageFixture({ names: ["API", "Website", "Database"], status: "down" });
    const [api, web, database] = components;
    const [incident] = await db
      .insert(incidents)
      .values({ pageId: page.id, title: "Slow API", impact: "minor", startedAt: new Date("2026-03-12T11:00:00Z") })
      .returning();
    await db.insert(incidentComponents).values({ incidentId: incident!.id, componentId: api!.id, state: "degraded_performance" });
    await db.insert(incidentUpdates).values({ incidentId: incident!.id, status: "investigating", body: "Looking into it" });
    const [window] = await db
      .insert(maintenances)
      .values({ pageId: page.id, title: "DB upgrade", startsAt: new Date("2026-03-12T11:30:00Z"), endsAt: new Date("2026-03-12T13:00:00Z") })
      .returning();
    await db.insert(maintenanceComponents).values({ maintenanceId: window!.id, componentId: database!.id });

    const snapshot = await buildPageSnapshot(page.id, now);
    expect(snapshot!.components.map((c) => [c.name, c.state])).toEqual([
      ["API", "degraded_performance"],
      ["Website", "major_outage"],
      ["Database", "under_maintenance"],
    ]);
    expect(snapshot!.overall.state).toBe("partial_outage");
    expect(snapshot!.activeIncidents.map((i) => i.title)).toEqual(["Slow API"]);
    expect(snapshot!.activeIncidents[0]!.updates[0]!.body).toBe("Looking into it");
    expect(snapshot!.maintenances.active.map((m) => m.title)).toEqual(["DB upgrade"]);
    expect(snapshot!.maintenances.active[0]!.status).toBe("in_progress");
    expect(web!.name).toBe("Website");
  });

  it("keeps drafts and other pages' incidents off the page", async () => {
    const { page } = await createPageFixture();
    const other = await createPageFixture();
    await db.insert(incidents).values({ pageId: page.id, title: "Draft", published: false, startedAt: now });
    await db.insert(incidents).values({ pageId: other.page.id, title: "Elsewhere", startedAt: now });
    const snapshot = await buildPageSnapshot(page.id, now);
    expect(snapshot!.activeIncidents).toEqual([]);
    expect(snapshot!.overall.state).toBe("operational");
  });
});
