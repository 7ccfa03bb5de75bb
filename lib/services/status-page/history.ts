import "server-only";
import { and, eq, gte, lt } from "drizzle-orm";
import { incidents } from "@/db/schema";
import { addDays, startOfLocalDay } from "@/lib/status-page/zoned";
import { loadPublicIncidents, loadPublicMaintenances } from "./events";
import { loadPublicPage } from "./snapshot";

/** Statuspage's incidents.json and scheduled-maintenances.json list the 50 most recent. */
const API_LIMIT = 50;

export function monthBounds(month: string, timeZone: string): { start: Date; end: Date } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return { start: startOfLocalDay(`${month}-01`, timeZone), end: startOfLocalDay(addDays(next, 0), timeZone) };
}

/** Published incidents that started in one calendar month of the page's time zone. */
export async function loadIncidentMonth(pageId: string, month: string) {
  const page = await loadPublicPage(pageId);
  if (!page) return null;
  const { start, end } = monthBounds(month, page.timeZone);
  const list = await loadPublicIncidents(pageId, and(gte(incidents.startedAt, start), lt(incidents.startedAt, end)));
  return { page, month, incidents: list };
}

export async function loadIncidentDetail(pageId: string, incidentId: string) {
  const page = await loadPublicPage(pageId);
  if (!page) return null;
  const [incident] = await loadPublicIncidents(pageId, eq(incidents.id, incidentId), 1);
  return incident ? { page, incident } : null;
}

export async function loadApiIncidents(pageId: string) {
  return loadPublicIncidents(pageId, undefined, API_LIMIT);
}

export async function loadApiMaintenances(pageId: string) {
  return loadPublicMaintenances(pageId, new Date(), undefined, API_LIMIT);
}
