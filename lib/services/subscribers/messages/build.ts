import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { incidentComponents, incidents, maintenances, pageComponents, pages } from "@/db/schema";
import { db } from "@/lib/db";
import type { JobPayload } from "@/lib/jobs/registry";
import { componentStateOf } from "@/lib/status";
import { incidentObject, maintenanceObject, componentObjects, type ApiContext } from "@/lib/status-page/statuspage-api";
import { buildPageSnapshot } from "@/lib/services/status-page/snapshot";
import { loadPublicIncidents, loadPublicMaintenances } from "@/lib/services/status-page/events";
import { pageLink } from "../links";
import type { MessagePayload } from "./payload";

export type Announcement = JobPayload<"subscribers__announce">;
export type BuiltMessage = { pageId: string; componentIds: string[]; payload: MessagePayload };

const maintenanceWords = { "maintenance.scheduled": "Maintenance scheduled", "maintenance.started": "Maintenance started", "maintenance.completed": "Maintenance completed" } as const;
const incidentWords = { "incident.created": "Incident", "incident.updated": "Incident update", "incident.resolved": "Resolved" } as const;

async function context(pageId: string): Promise<{ ctx: ApiContext; page: Omit<MessagePayload["page"], never> } | null> {
  const snapshot = await buildPageSnapshot(pageId);
  if (!snapshot) return null;
  const { page } = snapshot;
  const ctx = { snapshot, pageUrl: pageLink(page.slug) };
  return {
    ctx,
    page: {
      id: page.id,
      name: page.name,
      slug: page.slug,
      logoUrl: page.logoUrl,
      brandColor: page.brandColor,
      statusIndicator: snapshot.indicator.indicator,
      statusDescription: snapshot.indicator.description,
    },
  };
}

/**
 * The messages one event announces: none for a draft, an update posted without *Notify
 * subscribers*, or a check change on a page whose owner did not ask for those.
 */
export async function buildMessages(event: Announcement): Promise<BuiltMessage[]> {
  switch (event.type) {
    case "incident.created":
    case "incident.updated":
    case "incident.resolved":
      return incidentMessage(event);
    case "maintenance.scheduled":
    case "maintenance.started":
    case "maintenance.completed":
      return maintenanceMessage(event);
    case "check.status_changed":
      return checkMessages(event);
  }
}

async function incidentMessage(event: Extract<Announcement, { type: `incident.${string}` }>): Promise<BuiltMessage[]> {
  if (event.type === "incident.updated" && !event.notify) return [];
  const [incident] = await loadPublicIncidents(event.pageId, eq(incidents.id, event.incidentId), 1);
  const built = incident ? await context(event.pageId) : null;
  if (!incident || !built) return [];
  const latest = incident.updates[0];
  return [
    {
      pageId: event.pageId,
      componentIds: incident.components.map((c) => c.id),
      payload: {
        kind: event.type,
        page: built.page,
        headline: `${incidentWords[event.type]}: ${incident.title}`,
        latest: latest ? { status: latest.status, body: latest.body, at: latest.createdAt } : null,
        componentNames: incident.components.map((c) => c.name),
        path: `/incidents/${incident.id}`,
        statuspage: { incident: incidentObject(built.ctx, incident) },
      },
    },
  ];
}

async function maintenanceMessage(event: Extract<Announcement, { type: `maintenance.${string}` }>): Promise<BuiltMessage[]> {
  const [maintenance] = await loadPublicMaintenances(event.pageId, new Date(event.at), eq(maintenances.id, event.maintenanceId), 1);
  const built = maintenance ? await context(event.pageId) : null;
  if (!maintenance || !built) return [];
  const latest = maintenance.updates[0];
  const body = latest?.body ?? maintenance.description ?? "";
  return [
    {
      pageId: event.pageId,
      componentIds: maintenance.components.map((c) => c.id),
      payload: {
        kind: event.type,
        page: built.page,
        headline: `${maintenanceWords[event.type]}: ${maintenance.title}`,
        latest: { status: maintenance.status, body: `${body}\n\n${maintenance.startsAt} – ${maintenance.endsAt}`.trim(), at: event.at },
        componentNames: maintenance.components.map((c) => c.name),
        path: `#maintenance-${maintenance.id}`,
        statuspage: { incident: maintenanceObject(built.ctx, maintenance) },
      },
    },
  ];
}

/** A check's change, on each page that shows it and asked for it, unless an open incident already speaks for the component. */
async function checkMessages(event: Extract<Announcement, { type: "check.status_changed" }>): Promise<BuiltMessage[]> {
  const from = componentStateOf(event.from);
  const to = componentStateOf(event.to);
  if (from === to || to === "pending") return [];
  const rows = await db
    .select({ componentId: pageComponents.id, pageId: pageComponents.pageId })
    .from(pageComponents)
    .innerJoin(pages, eq(pages.id, pageComponents.pageId))
    .where(and(eq(pageComponents.checkId, event.checkId), eq(pages.workspaceId, event.workspaceId), eq(pages.notifyComponentChanges, true)));
  if (rows.length === 0) return [];
  const covered = await db
    .select({ componentId: incidentComponents.componentId })
    .from(incidentComponents)
    .innerJoin(incidents, eq(incidents.id, incidentComponents.incidentId))
    .where(and(inArray(incidentComponents.componentId, rows.map((r) => r.componentId)), isNull(incidents.resolvedAt), eq(incidents.published, true)));
  const skip = new Set(covered.map((c) => c.componentId));
  const messages: BuiltMessage[] = [];
  for (const row of rows.filter((r) => !skip.has(r.componentId))) {
    const built = await context(row.pageId);
    const component = built && componentObjects(built.ctx).find((c) => c.id === row.componentId);
    if (!built || !component) continue;
    messages.push({
      pageId: row.pageId,
      componentIds: [row.componentId],
      payload: {
        kind: "component.status_changed",
        page: built.page,
        headline: `${String(component.name)} is ${to.replaceAll("_", " ")}`,
        latest: null,
        componentNames: [String(component.name)],
        path: "",
        statuspage: {
          component_update: { id: event.eventId, component_id: row.componentId, old_status: from === "pending" ? "operational" : from, new_status: to, created_at: event.at },
          component,
        },
      },
    });
  }
  return messages;
}
