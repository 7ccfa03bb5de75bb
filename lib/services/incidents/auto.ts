import "server-only";
import { and, eq, gt, inArray, isNull, lte, ne, sql } from "drizzle-orm";
import { checks, incidentComponents, incidents, incidentUpdates, maintenanceComponents, maintenances, pageComponents, pages } from "@/db/schema";
import type { Database } from "@/lib/db";
import { emit } from "@/lib/events/emit";
import { newEvent, type EventOf } from "@/lib/events/types";
import { recordAudit, systemSource } from "../audit/record";

type Tx = Pick<Database, "select" | "insert" | "update" | "execute">;

/** The lock that makes one check's automatic-incident reactions run one at a time. */
export function automaticIncidentLock(checkId: string): string {
  return `automatic-incidents:${checkId}`;
}

/**
 * The automatic-incident reaction to a check changing state (worker/tasks/incidents__auto.ts): on
 * pages that want it, "down" opens an incident (unless a maintenance window covers the component)
 * and any other state resolves it, so none stays open forever. Reactions to one check run one at
 * a time, and one that comes after a newer change (jobs run in parallel) acts on nothing.
 */
export async function applyAutomaticIncidents(tx: Tx, event: EventOf<"check.status_changed">): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${automaticIncidentLock(event.checkId)}, 0))`);
  const [check] = await tx.select({ status: checks.status }).from(checks).where(eq(checks.id, event.checkId));
  if (!check || (check.status === "down") !== (event.to === "down")) return;
  const components = await tx
    .select({ id: pageComponents.id, name: pageComponents.name, pageId: pageComponents.pageId, workspaceId: pages.workspaceId, mode: pages.autoIncidents })
    .from(pageComponents)
    .innerJoin(pages, eq(pages.id, pageComponents.pageId))
    .where(eq(pageComponents.checkId, event.checkId));
  if (components.length === 0) return;
  const at = new Date(event.at);
  if (event.to === "down") {
    for (const component of components) {
      if (component.mode === "off" || (await inMaintenance(tx, component.id, at)) || (await hasOpenAutoIncident(tx, component.id))) continue;
      await openAutoIncident(tx, component, component.mode === "published", at);
    }
  } else {
    await resolveAutoIncidents(tx, components, at);
  }
}

async function inMaintenance(tx: Tx, componentId: string, at: Date): Promise<boolean> {
  const [row] = await tx
    .select({ id: maintenances.id })
    .from(maintenanceComponents)
    .innerJoin(maintenances, eq(maintenances.id, maintenanceComponents.maintenanceId))
    .where(and(eq(maintenanceComponents.componentId, componentId), lte(maintenances.startsAt, at), gt(maintenances.endsAt, at), ne(maintenances.status, "completed")))
    .limit(1);
  return !!row;
}

async function hasOpenAutoIncident(tx: Tx, componentId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: incidents.id })
    .from(incidentComponents)
    .innerJoin(incidents, eq(incidents.id, incidentComponents.incidentId))
    .where(and(eq(incidentComponents.componentId, componentId), eq(incidents.automatic, true), isNull(incidents.resolvedAt)))
    .limit(1);
  return !!row;
}

type Component = { id: string; name: string; pageId: string; workspaceId: string };

async function openAutoIncident(tx: Tx, component: Component, published: boolean, at: Date) {
  const [incident] = await tx
    .insert(incidents)
    .values({ pageId: component.pageId, title: `${component.name} is down`, status: "investigating", impact: "major", automatic: true, published, startedAt: at, createdAt: at, updatedAt: at })
    .returning({ id: incidents.id });
  await tx.insert(incidentComponents).values({ incidentId: incident!.id, componentId: component.id, state: "major_outage" });
  await tx.insert(incidentUpdates).values({
    incidentId: incident!.id,
    status: "investigating",
    body: `Our automated checks found that **${component.name}** is not responding. We are investigating.`,
    createdAt: at,
  });
  await recordAudit(tx, systemSource(component.workspaceId), {
    action: "incident.created",
    target: { type: "incident", id: incident!.id, label: `${component.name} is down` },
    changes: [{ field: "published", after: published }],
  });
  await emit(tx, newEvent("incident.created", { incidentId: incident!.id, pageId: component.pageId, workspaceId: component.workspaceId, notify: published }));
}

async function resolveAutoIncidents(tx: Tx, components: Component[], at: Date) {
  const open = tx
    .select({ id: incidentComponents.incidentId })
    .from(incidentComponents)
    .where(inArray(incidentComponents.componentId, components.map((c) => c.id)));
  const resolved = await tx
    .update(incidents)
    .set({ status: "resolved", resolvedAt: at, updatedAt: at })
    .where(and(eq(incidents.automatic, true), isNull(incidents.resolvedAt), inArray(incidents.id, open)))
    .returning({ id: incidents.id, pageId: incidents.pageId, title: incidents.title, startedAt: incidents.startedAt, published: incidents.published });
  if (resolved.length === 0) return;
  const workspaceOf = new Map(components.map((c) => [c.pageId, c.workspaceId]));
  for (const incident of resolved) {
    const target = { type: "incident" as const, id: incident.id, label: incident.title };
    await recordAudit(tx, systemSource(workspaceOf.get(incident.pageId)!), { action: "incident.resolved", target });
  }
  await emit(
    tx,
    resolved.map((incident) =>
      newEvent("incident.resolved", { incidentId: incident.id, pageId: incident.pageId, workspaceId: workspaceOf.get(incident.pageId)!, notify: incident.published }),
    ),
  );
  await tx.insert(incidentUpdates).values(
    resolved.map((incident) => ({
      incidentId: incident.id,
      status: "resolved" as const,
      body: `Our automated checks show the service responding again after ${Math.max(1, Math.round((at.getTime() - incident.startedAt.getTime()) / 60_000))} min.`,
      createdAt: at,
    })),
  );
}
