import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, gt, gte, isNull, ne, or } from "drizzle-orm";
import { checks, incidents, maintenances, pageComponents, pages } from "@/db/schema";
import { db } from "@/lib/db";
import { deriveComponentState, overallState, statusIndicator, type ComponentState } from "@/lib/status";
import type { PageSnapshot, PublicComponent, PublicPage } from "@/lib/status-page/types";
import { addDays, localDate, startOfLocalDay } from "@/lib/status-page/zoned";
import { loadPublicIncidents, loadPublicMaintenances } from "./events";
import { RECENT_INCIDENT_DAYS } from "@/lib/status-page/constants";
import { dailyBars, periodUptime, type DailyBar } from "@/lib/services/uptime/daily";
import { sparklines, type SparkPoint } from "@/lib/services/uptime/sparkline";

/** A digest of the password hash that changes with the password: unlock cookies are bound to it. */
export function passwordFingerprint(passwordHash: string): string {
  return createHash("sha256").update(passwordHash).digest("base64url").slice(0, 22);
}

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
    passwordFingerprint: page.passwordHash ? passwordFingerprint(page.passwordHash) : null,
    subscriberChannels: page.subscriberChannels,
    createdAt: page.createdAt.toISOString(),
    updatedAt: page.updatedAt.toISOString(),
  };
}

export const UPTIME_DAYS = 90;

function uptimeOf(bars: DailyBar[] | undefined): PublicComponent["uptime"] {
  if (!bars) return { days: [], percent: null };
  const days = bars.map((bar) => ({ date: bar.day, uptime: bar.uptimePercent, outageMinutes: bar.downMinutes, degradedMinutes: bar.degradedMinutes }));
  return { days, percent: periodUptime(bars) };
}

function responseTimesOf(points: SparkPoint[] | undefined): PublicComponent["responseTimes"] {
  return (points ?? []).map((point) => ({ hour: point.at.toISOString(), meanMs: point.avgLatencyMs }));
}

/** Everything a visitor's page shows, read from current state, incidents, maintenance, rollups and outages. */
export async function buildPageSnapshot(pageId: string, now = new Date()): Promise<PageSnapshot | null> {
  const page = await loadPublicPage(pageId);
  if (!page) return null;
  const recentFrom = startOfLocalDay(addDays(localDate(now, page.timeZone), 1 - RECENT_INCIDENT_DAYS), page.timeZone);
  const [rows, incidentList, maintenanceList] = await Promise.all([
    db
      .select({ component: pageComponents, checkStatus: checks.status, statusChangedAt: checks.statusChangedAt, workspaceId: pages.workspaceId })
      .from(pageComponents)
      .innerJoin(pages, eq(pages.id, pageComponents.pageId))
      .leftJoin(checks, and(eq(checks.id, pageComponents.checkId), eq(checks.workspaceId, pages.workspaceId)))
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
  // The page's own workspace bounds every read, so a component can never show another's check
  // (a page without components reads nothing, whatever its scope).
  const scope = { workspaceId: rows[0]?.workspaceId ?? "00000000-0000-0000-0000-000000000000" };
  const [bars, latency] = await Promise.all([
    dailyBars(scope, { checkIds, now, days: UPTIME_DAYS, timeZone: page.timeZone }),
    sparklines(scope, { checkIds: latencyIds, now }),
  ]);

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
      uptime: uptimeOf(checkId ? bars.get(checkId) : undefined),
      responseTimes: checkId && component.showResponseTime ? responseTimesOf(latency.get(checkId)) : null,
    };
  });
  const overall = overallState(
    components.map((c) => c.state),
    activeIncidents.map((i) => i.impact),
  );
  return {
    page,
    generatedAt: now.toISOString(),
    liveOutage: rows.some((r) => r.component.checkId !== null && (r.checkStatus === "down" || r.checkStatus === "degraded")),
    overall,
    indicator: statusIndicator(overall.state),
    components,
    activeIncidents,
    recentIncidents: incidentList.filter((i) => i.startedAt >= recentFrom.toISOString()),
    maintenances: { active, upcoming },
  };
}
