import "server-only";
import { and, eq, gt, inArray, isNull, lte, ne } from "drizzle-orm";
import { incidentComponents, incidents, incidentUpdates, maintenanceComponents, maintenances, pageComponents, pages } from "@/db/schema";
import type { CheckStatus } from "@/lib/checks/state";
import type { Database } from "@/lib/db";
import { notifyPagesChanged } from "../status-page/notify";
import { recordAudit, systemSource } from "../audit/record";

type Tx = Pick<Database, "select" | "insert" | "update" | "execute">;

/**
 * Called in the transaction that records a check's state change. Every page showing the check is
 * re-rendered; on pages that want it, "down" opens an automatic incident (unless a maintenance
 * window covers the component) and any other state resolves it, so none stays open forever.
 */
export async function onCheckStatusChanged(tx: Tx, checkId: string, status: CheckStatus, at: Date): Promise<void> {
  const components = await tx
    .select({ id: pageComponents.id, name: pageComponents.name, pageId: pageComponents.pageId, workspaceId: pages.workspaceId, mode: pages.autoIncidents })
    .from(pageComponents)
    .innerJoin(pages, eq(pages.id, pageComponents.pageId))
    .where(eq(pageComponents.checkId, checkId));
  if (components.length === 0) return;
  await notifyPagesChanged(tx, components.map((c) => c.pageId));
  if (status === "down") {
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
    .returning({ id: incidents.id, pageId: incidents.pageId, title: incidents.title, startedAt: incidents.startedAt });
  if (resolved.length === 0) return;
  const workspaceOf = new Map(components.map((c) => [c.pageId, c.workspaceId]));
  for (const incident of resolved) {
    const target = { type: "incident" as const, id: incident.id, label: incident.title };
    await recordAudit(tx, systemSource(workspaceOf.get(incident.pageId)!), { action: "incident.resolved", target });
  }
  await tx.insert(incidentUpdates).values(
    resolved.map((incident) => ({
      incidentId: incident.id,
      status: "resolved" as const,
      body: `Our automated checks show the service responding again after ${Math.max(1, Math.round((at.getTime() - incident.startedAt.getTime()) / 60_000))} min.`,
      createdAt: at,
    })),
  );
}
