import "server-only";
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { incidentComponents, incidents, incidentUpdates, maintenanceComponents, maintenances, maintenanceUpdates, pageComponents } from "@/db/schema";
import { db } from "@/lib/db";
import { effectiveMaintenanceStatus } from "@/lib/status-page/maintenance";
import type { PublicIncident, PublicMaintenance } from "@/lib/status-page/types";

/** Published incidents of a page matching `where`, newest first, with their timeline and components. */
export async function loadPublicIncidents(pageId: string, where?: SQL, limit = 200): Promise<PublicIncident[]> {
  const rows = await db
    .select()
    .from(incidents)
    .where(and(eq(incidents.pageId, pageId), eq(incidents.published, true), where))
    .orderBy(desc(incidents.startedAt))
    .limit(limit);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [updates, affected] = await Promise.all([
    db.select().from(incidentUpdates).where(inArray(incidentUpdates.incidentId, ids)).orderBy(desc(incidentUpdates.createdAt)),
    db
      .select({ incidentId: incidentComponents.incidentId, id: pageComponents.id, name: pageComponents.name, state: incidentComponents.state })
      .from(incidentComponents)
      .innerJoin(pageComponents, eq(pageComponents.id, incidentComponents.componentId))
      .where(inArray(incidentComponents.incidentId, ids))
      .orderBy(asc(pageComponents.position)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    impact: row.impact,
    startedAt: row.startedAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updates: updates
      .filter((u) => u.incidentId === row.id)
      .map((u) => ({ id: u.id, status: u.status, body: u.body, createdAt: u.createdAt.toISOString() })),
    components: affected.filter((a) => a.incidentId === row.id).map(({ id, name, state }) => ({ id, name, state })),
  }));
}

/** Maintenance windows of a page matching `where`, with the status they have at `now`. */
export async function loadPublicMaintenances(pageId: string, now: Date, where?: SQL, limit = 200): Promise<PublicMaintenance[]> {
  const rows = await db
    .select()
    .from(maintenances)
    .where(and(eq(maintenances.pageId, pageId), where))
    .orderBy(desc(maintenances.startsAt))
    .limit(limit);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [updates, affected] = await Promise.all([
    db.select().from(maintenanceUpdates).where(inArray(maintenanceUpdates.maintenanceId, ids)).orderBy(desc(maintenanceUpdates.createdAt)),
    db
      .select({ maintenanceId: maintenanceComponents.maintenanceId, id: pageComponents.id, name: pageComponents.name })
      .from(maintenanceComponents)
      .innerJoin(pageComponents, eq(pageComponents.id, maintenanceComponents.componentId))
      .where(inArray(maintenanceComponents.maintenanceId, ids))
      .orderBy(asc(pageComponents.position)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    status: effectiveMaintenanceStatus(row.status, row.startsAt, row.endsAt, now),
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updates: updates
      .filter((u) => u.maintenanceId === row.id)
      .map((u) => ({ id: u.id, status: u.status, body: u.body, createdAt: u.createdAt.toISOString() })),
    components: affected.filter((a) => a.maintenanceId === row.id).map(({ id, name }) => ({ id, name })),
  }));
}
