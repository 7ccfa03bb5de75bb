import { DAY, utcDayKey } from "./days";

export type OutageSpan = { status: string; startedAt: Date; endedAt: Date | null };
export type DayOutages = { downMinutes: number; degradedMinutes: number; outages: number };

/**
 * How much of each UTC day a check spent down or degraded: each outage (an open one lasts until
 * `now`) is cut at midnights. A day's minutes round up, so a 20-second outage still shows.
 */
export function outageMinutesByDay(outages: OutageSpan[], days: Date[], now: Date): Map<string, DayOutages> {
  const result = new Map<string, DayOutages>();
  for (const day of days) {
    const dayStart = day.getTime();
    const dayEnd = Math.min(dayStart + DAY, now.getTime());
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
    result.set(utcDayKey(day), { downMinutes: Math.ceil(downMs / 60_000), degradedMinutes: Math.ceil(degradedMs / 60_000), outages: count });
  }
  return result;
}
