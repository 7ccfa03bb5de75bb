import { createHash } from "node:crypto";
import type { ComponentState } from "@/lib/status";
import type { PageSnapshot, PublicComponent, PublicIncident, PublicMaintenance } from "./types";

/**
 * Atlassian Statuspage's public API (api/v2) shapes, field names and vocabularies, so widgets,
 * bots and aggregators written for Statuspage read a Pingpage page unchanged.
 */
export type ApiContext = { snapshot: PageSnapshot; pageUrl: string };

/** Statuspage has no "pending": a component without a first result is reported operational. */
const apiStatus = (state: ComponentState) => (state === "pending" ? "operational" : state);

/** Groups are components in Statuspage; ours are names, so their ids are derived from the name. */
function groupId(pageId: string, name: string): string {
  const hex = createHash("sha256").update(`${pageId}/${name}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function pageObject({ snapshot, pageUrl }: ApiContext) {
  const times = [snapshot.page.updatedAt, ...snapshot.components.map((c) => c.updatedAt), ...snapshot.activeIncidents.map((i) => i.updatedAt)];
  return {
    id: snapshot.page.id,
    name: snapshot.page.name,
    url: pageUrl,
    time_zone: snapshot.page.timeZone,
    updated_at: times.reduce((a, b) => (b > a ? b : a)),
  };
}

function componentObject(c: PublicComponent, pageId: string, position: number) {
  return {
    id: c.id,
    name: c.name,
    status: apiStatus(c.state),
    created_at: c.createdAt,
    // A component added to a page after its check last changed state was still updated when added.
    updated_at: c.updatedAt > c.createdAt ? c.updatedAt : c.createdAt,
    position,
    description: c.description,
    showcase: true,
    start_date: c.createdAt.slice(0, 10),
    group_id: c.groupName ? groupId(pageId, c.groupName) : null,
    page_id: pageId,
    group: false,
    only_show_if_degraded: false,
  };
}

const severity = ["operational", "under_maintenance", "degraded_performance", "partial_outage", "major_outage"];

export function componentObjects({ snapshot }: ApiContext) {
  const pageId = snapshot.page.id;
  const out: Record<string, unknown>[] = [];
  const groups = new Map<string, { object: Record<string, unknown>; members: PublicComponent[] }>();
  snapshot.components.forEach((c, i) => {
    out.push(componentObject(c, pageId, i + 1));
    if (!c.groupName) return;
    const existing = groups.get(c.groupName);
    if (existing) return void existing.members.push(c);
    const object: Record<string, unknown> = { ...componentObject({ ...c, name: c.groupName, description: null, groupName: null }, pageId, i + 1), id: groupId(pageId, c.groupName), group: true };
    groups.set(c.groupName, { object, members: [c] });
    out.push(object);
  });
  for (const { object, members } of groups.values()) {
    object.components = members.map((m) => m.id);
    object.status = members.map((m) => apiStatus(m.state)).reduce((a, b) => (severity.indexOf(b) > severity.indexOf(a) ? b : a));
  }
  return out;
}

function updateObjects(ownerId: string, updates: PublicIncident["updates"], affected: PublicIncident["components"] | null) {
  const oldest = updates.at(-1)?.id;
  return updates.map((u) => ({
    id: u.id,
    status: u.status,
    body: u.body,
    incident_id: ownerId,
    created_at: u.createdAt,
    updated_at: u.createdAt,
    display_at: u.createdAt,
    affected_components:
      u.id === oldest && affected?.length ? affected.map((c) => ({ code: c.id, name: c.name, old_status: "operational", new_status: apiStatus(c.state) })) : null,
    deliver_notifications: false,
    custom_tweet: null,
    tweet_id: null,
  }));
}

function linkedComponents(ctx: ApiContext, ids: string[]) {
  return componentObjects(ctx).filter((c) => ids.includes(String(c.id)));
}

export function incidentObject(ctx: ApiContext, incident: PublicIncident) {
  const monitoring = incident.updates.filter((u) => u.status === "monitoring").at(-1);
  return {
    id: incident.id,
    name: incident.title,
    status: incident.status,
    created_at: incident.createdAt,
    updated_at: incident.updatedAt,
    monitoring_at: monitoring?.createdAt ?? null,
    resolved_at: incident.resolvedAt,
    impact: incident.impact,
    shortlink: `${ctx.pageUrl}/incidents/${incident.id}`,
    started_at: incident.startedAt,
    page_id: ctx.snapshot.page.id,
    incident_updates: updateObjects(incident.id, incident.updates, incident.components),
    components: linkedComponents(
      ctx,
      incident.components.map((c) => c.id),
    ),
  };
}

export function maintenanceObject(ctx: ApiContext, m: PublicMaintenance) {
  const monitoring = m.updates.find((u) => u.status === "in_progress");
  return {
    id: m.id,
    name: m.title,
    status: m.status,
    created_at: m.createdAt,
    updated_at: m.updates[0]?.createdAt ?? m.createdAt,
    monitoring_at: monitoring?.createdAt ?? null,
    resolved_at: m.status === "completed" ? m.endsAt : null,
    impact: "maintenance",
    shortlink: `${ctx.pageUrl}#maintenance-${m.id}`,
    started_at: m.startsAt,
    page_id: ctx.snapshot.page.id,
    incident_updates: updateObjects(m.id, m.updates, null),
    components: linkedComponents(
      ctx,
      m.components.map((c) => c.id),
    ),
    scheduled_for: m.startsAt,
    scheduled_until: m.endsAt,
  };
}

export function summaryJson(ctx: ApiContext) {
  const { maintenances } = ctx.snapshot;
  return {
    page: pageObject(ctx),
    components: componentObjects(ctx),
    incidents: ctx.snapshot.activeIncidents.map((i) => incidentObject(ctx, i)),
    scheduled_maintenances: [...maintenances.active, ...maintenances.upcoming].map((m) => maintenanceObject(ctx, m)),
    status: ctx.snapshot.indicator,
  };
}
