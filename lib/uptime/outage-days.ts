import type { LocalDay } from "@/lib/status-page/zoned";

export type OutageSpan = { status: string; startedAt: Date; endedAt: Date | null };
export type DayOutages = { downMinutes: number; degradedMinutes: number; outages: number };

/**
 * How much of each calendar day (UTC or a page's zone) a check spent down or degraded: each
 * outage (an open one lasts until `now`) is cut at midnights. A day's minutes round up, so an
 * outage that began seconds ago already shows.
 */
export function outageMinutesByDay(outages: OutageSpan[], days: LocalDay[], now: Date): Map<string, DayOutages> {
  const result = new Map<string, DayOutages>();
  for (const day of days) {
    const dayStart = day.start.getTime();
    const dayEnd = Math.min(day.end.getTime(), now.getTime());
    let downMs = 0;
    let degradedMs = 0;
    let count = 0;
    for (const outage of outages) {
      const start = Math.max(outage.startedAt.getTime(), dayStart);
      const end = Math.min((outage.endedAt ?? now).getTime(), dayEnd);
      if (end <= start) continue;
      count += 1;
      if (outage.status === "degraded") degradedMs += end - start;
      else downMs += end - start;
    }
    result.set(day.date, { downMinutes: Math.ceil(downMs / 60_000), degradedMinutes: Math.ceil(degradedMs / 60_000), outages: count });
  }
  return result;
}
