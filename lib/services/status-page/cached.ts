import "server-only";
import { unstable_cache } from "next/cache";
import { pageTag, slugTag } from "@/lib/status-page/tags";
import { buildPageSnapshot } from "./snapshot";
import { findPageIdBySlug } from "./find";
import { loadIncidentMonth, loadIncidentDetail, loadApiIncidents, loadApiMaintenances } from "./history";

/**
 * Next's data cache in front of every public read. Entries are tagged with the page, so a state
 * change, an incident update or a page edit invalidates them at once (see README, "Caching");
 * the time-based revalidate only moves "today" forward on the uptime bars.
 */
const SNAPSHOT_SECONDS = 60;
/**
 * While a check on the page is down, today's cell and the period's uptime grow by the second, so
 * the page is read from a second, short-lived entry. Its revalidate also lowers the rendered
 * page's own (ISR), and the HTML cache follows that `s-maxage`: a copy is at most ~10 s behind.
 */
export const LIVE_SNAPSHOT_SECONDS = 3;

export function cachedPageIdBySlug(slug: string): Promise<string | null> {
  return unstable_cache(() => findPageIdBySlug(slug), ["page-id-by-slug", slug], { tags: [slugTag(slug)], revalidate: 3600 })();
}

export async function cachedSnapshot(pageId: string) {
  const tags = [pageTag(pageId)];
  const snapshot = await unstable_cache(() => buildPageSnapshot(pageId), ["page-snapshot", pageId], { tags, revalidate: SNAPSHOT_SECONDS })();
  if (!snapshot?.liveOutage) return snapshot;
  const live = await unstable_cache(() => buildPageSnapshot(pageId), ["page-snapshot-live", pageId], { tags, revalidate: LIVE_SNAPSHOT_SECONDS })();
  // The live entry may be left over from an earlier outage: take whichever was built last.
  return live && live.generatedAt >= snapshot.generatedAt ? live : snapshot;
}

export function cachedIncidentMonth(pageId: string, month: string) {
  return unstable_cache(() => loadIncidentMonth(pageId, month), ["incident-month", pageId, month], { tags: [pageTag(pageId)], revalidate: 3600 })();
}

export function cachedIncidentDetail(pageId: string, incidentId: string) {
  return unstable_cache(() => loadIncidentDetail(pageId, incidentId), ["incident", pageId, incidentId], { tags: [pageTag(pageId)], revalidate: 3600 })();
}

export function cachedApiIncidents(pageId: string) {
  return unstable_cache(() => loadApiIncidents(pageId), ["api-incidents", pageId], { tags: [pageTag(pageId)], revalidate: SNAPSHOT_SECONDS })();
}

export function cachedApiMaintenances(pageId: string) {
  return unstable_cache(() => loadApiMaintenances(pageId), ["api-maintenances", pageId], { tags: [pageTag(pageId)], revalidate: SNAPSHOT_SECONDS })();
}
