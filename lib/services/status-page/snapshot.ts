import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, gt, gte, isNull, ne, or } from "drizzle-orm";
import { checks, incidents, maintenances, pageComponents, pages } from "@/db/schema";
import { db } from "@/lib/db";
import { deriveComponentState, overallState, statusIndicator, type ComponentState } from "@/lib/status";
import type { PageSnapshot, PublicPage } from "@/lib/status-page/types";
import { addDays, localDate, startOfLocalDay } from "@/lib/status-page/zoned";
import { loadPublicIncidents, loadPublicMaintenances } from "./events";
import { RECENT_INCIDENT_DAYS } from "@/lib/status-page/constants";
import { loadResponseTimes, loadUptime } from "./uptime";

export async function loadPublicPage(pageId: string): Promise<PublicPage | null> {
  const [page] = await db.select().from(pages).where(eq(pages.id, pageId));
  if (!page) return null;
  return {
    id: page.id,
    name: page.name,
    slug: page.slug,
    description: page.description,
    logoUrl: page.logoUrl,
    faviconUrl: page.faviconUrl,
    brandColor: page.brandColor,
    websiteUrl: page.websiteUrl,
    timeZone: page.timeZone,
    theme: page.theme,
    language: page.language,
    passwordFingerprint: page.passwordHash ? createHash("sha256").update(page.passwordHash).digest("base64url").slice(0, 22) : null,
    createdAt: page.createdAt.toISOString(),
    updatedAt: page.updatedAt.toISOString(),
  };
}

/** Everything a visitor's page shows, read from current state, incidents, maintenance, rollups and outages. */
export async function buildPageSnapshot(pageId: string, now = new Date()): Promise<PageSnapshot | null> {
  const page = await loadPublicPage(pageId);
  if (!page) return null;
  const recentFrom = startOfLocalDay(addDays(localDate(now, page.timeZone), 1 - RECENT_INCIDENT_DAYS), page.timeZone);
  const [rows, incidentList, maintenanceList] = await Promise.all([
    db
      .select({ component: pageComponents, checkStatus: checks.status, statusChangedAt: checks.statusChangedAt })
      .from(pageComponents)
      .leftJoin(checks, eq(checks.id, pageComponents.checkId))
      .where(eq(pageComponents.pageId, pageId))
      .orderBy(asc(pageComponents.position), asc(pageComponents.createdAt)),
    loadPublicIncidents(pageId, or(isNull(incidents.resolvedAt), gte(incidents.startedAt, recentFrom))),
    loadPublicMaintenances(pageId, now, and(ne(maintenances.status, "completed"), gt(maintenances.endsAt, now)), 50),
  ]);
  const activeIncidents = incidentList.filter((i) => i.status !== "resolved");
  const active = maintenanceList.filter((m) => m.status === "in_progress");
  const upcoming = maintenanceList.filter((m) => m.status === "scheduled").reverse();

  const checkIds = rows.flatMap((r) => (r.component.checkId ? [r.component.checkId] : []));
  const latencyIds = rows.flatMap((r) => (r.component.checkId && r.component.showResponseTime ? [r.component.checkId] : []));
  const [uptime, latency] = await Promise.all([loadUptime(checkIds, page.timeZone, now), loadResponseTimes(latencyIds, now)]);

  const components = rows.map(({ component, checkStatus, statusChangedAt }) => {
    const incidentStates: ComponentState[] = activeIncidents.flatMap((i) => i.components.filter((c) => c.id === component.id).map((c) => c.state));
    const underMaintenance = active.some((m) => m.components.some((c) => c.id === component.id));
    const checkId = component.checkId;
    return {
      id: component.id,
      name: component.name,
      description: component.description,
      groupName: component.groupName,
      position: component.position,
      state: deriveComponentState({ checkStatus: checkId ? (checkStatus ?? "pending") : null, incidentStates, underMaintenance }),
      createdAt: component.createdAt.toISOString(),
      updatedAt: (statusChangedAt ?? component.createdAt).toISOString(),
      uptime: (checkId && uptime.get(checkId)) || { days: [], percent: null },
      responseTimes: checkId && component.showResponseTime ? (latency.get(checkId) ?? null) : null,
    };
  });
  const overall = overallState(
    components.map((c) => c.state),
    activeIncidents.map((i) => i.impact),
  );
  return {
    page,
    generatedAt: now.toISOString(),
    overall,
    indicator: statusIndicator(overall.state),
    components,
    activeIncidents,
    recentIncidents: incidentList.filter((i) => i.startedAt >= recentFrom.toISOString()),
    maintenances: { active, upcoming },
  };
}
