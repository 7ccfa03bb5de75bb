import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checks, incidentComponents, incidents, incidentUpdates, maintenanceComponents, maintenances, pageComponents } from "@/db/schema";
import { db } from "@/lib/db";
import { loadApiIncidents, loadApiMaintenances } from "@/lib/services/status-page/history";
import { buildPageSnapshot } from "@/lib/services/status-page/snapshot";
import { ENDPOINTS, statuspageDocument } from "@/lib/status-page/statuspage-documents";
import type { ApiContext } from "@/lib/status-page/statuspage-api";
import { endpointSchemas } from "../support/statuspage-schemas";
import { createPageFixture } from "../support/status-page";

const loaders = { incidents: loadApiIncidents, maintenances: loadApiMaintenances };
let ctx: ApiContext;

/** A page with something in every list: a group, an open and a resolved incident, maintenance now and later. */
beforeAll(async () => {
  const { page, components } = await createPageFixture({ names: ["API", "Website", "Database"] });
  await db.update(pageComponents).set({ groupName: "Backend" }).where(eq(pageComponents.id, components[2]!.id));
  const hour = 3_600_000;
  const now = Date.now();
  const [open] = await db.insert(incidents).values({ pageId: page.id, title: "Errors on API", impact: "major", status: "monitoring", startedAt: new Date(now - hour) }).returning();
  await db.insert(incidentComponents).values({ incidentId: open!.id, componentId: components[0]!.id, state: "partial_outage" });
  await db.insert(incidentUpdates).values([
    { incidentId: open!.id, status: "investigating", body: "Looking", createdAt: new Date(now - hour) },
    { incidentId: open!.id, status: "monitoring", body: "Fix deployed", createdAt: new Date(now - hour / 2) },
  ]);
  const [closed] = await db
    .insert(incidents)
    .values({ pageId: page.id, title: "Slow site", impact: "minor", status: "resolved", startedAt: new Date(now - 30 * hour), resolvedAt: new Date(now - 29 * hour) })
    .returning();
  await db.insert(incidentUpdates).values({ incidentId: closed!.id, status: "resolved", body: "Fixed" });
  const [active] = await db.insert(maintenances).values({ pageId: page.id, title: "DB upgrade", startsAt: new Date(now - hour), endsAt: new Date(now + hour) }).returning();
  await db.insert(maintenanceComponents).values({ maintenanceId: active!.id, componentId: components[2]!.id });
  await db.insert(maintenances).values({ pageId: page.id, title: "Network work", startsAt: new Date(now + 24 * hour), endsAt: new Date(now + 26 * hour) });
  ctx = { snapshot: (await buildPageSnapshot(page.id))!, pageUrl: `https://status.example.com/s/${page.slug}` };
});

describe("Statuspage-compatible API", () => {
  it.each(ENDPOINTS)("%s.json has Statuspage's shape", async (endpoint) => {
    const document = await statuspageDocument(endpoint, ctx, loaders);
    const parsed = endpointSchemas[endpoint].safeParse(document);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it("reports what a Statuspage client would read", async () => {
    const summary = endpointSchemas.summary.parse(await statuspageDocument("summary", ctx, loaders));
    expect(summary.status).toEqual({ indicator: "major", description: "Partial System Outage" });
    expect(summary.incidents.map((i) => [i.name, i.status, i.impact])).toEqual([["Errors on API", "monitoring", "major"]]);
    expect(summary.incidents[0]!.monitoring_at).not.toBeNull();
    expect(summary.incidents[0]!.incident_updates.map((u) => u.body)).toEqual(["Fix deployed", "Looking"]);
    expect(summary.scheduled_maintenances.map((m) => [m.name, m.status])).toEqual([
      ["DB upgrade", "in_progress"],
      ["Network work", "scheduled"],
    ]);
    const byName = Object.fromEntries(summary.components.map((c) => [c.name, c]));
    expect(byName.API!.status).toBe("partial_outage");
    expect(byName.Database!.status).toBe("under_maintenance");
    expect(byName.Backend!.group).toBe(true);
    expect(byName.Backend!.components).toEqual([byName.Database!.id]);
    expect(byName.Database!.group_id).toBe(byName.Backend!.id);
  });

  it("lists resolved incidents in incidents.json but not in unresolved.json", async () => {
    const all = endpointSchemas.incidents.parse(await statuspageDocument("incidents", ctx, loaders));
    const unresolved = endpointSchemas["incidents/unresolved"].parse(await statuspageDocument("incidents/unresolved", ctx, loaders));
    expect(all.incidents.map((i) => i.name)).toEqual(["Errors on API", "Slow site"]);
    expect(unresolved.incidents.map((i) => i.name)).toEqual(["Errors on API"]);
    const upcoming = endpointSchemas["scheduled-maintenances/upcoming"].parse(await statuspageDocument("scheduled-maintenances/upcoming", ctx, loaders));
    expect(upcoming.scheduled_maintenances.map((m) => m.name)).toEqual(["Network work"]);
  });

  it("never dates a component's update before its creation", async () => {
    const { page, components } = await createPageFixture({ names: ["Old check"] });
    // The check changed state a day before it was put on the page.
    await db.update(checks).set({ statusChangedAt: new Date(Date.now() - 86_400_000) }).where(eq(checks.id, components[0]!.checkId));
    const own = { snapshot: (await buildPageSnapshot(page.id))!, pageUrl: "https://status.example.com" };
    const document = endpointSchemas.components.parse(await statuspageDocument("components", own, loaders));
    const component = document.components[0]!;
    expect(Date.parse(component.updated_at)).toBeGreaterThanOrEqual(Date.parse(component.created_at));
  });
});
