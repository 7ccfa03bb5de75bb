/**
 * The part of an open outage the rollups have not counted yet: from the end of the check's last
 * rolled-up minute (or the outage's start, if later) until now. Rollups are refreshed once a
 * minute, so without this a live outage would show as 100% uptime for a minute or more.
 */
export type UncountedOutage = { from: Date; until: Date; intervalMs: number };

/** The failed runs the check made (one per interval) in the uncounted part of `[start, end)`. */
export function uncountedRuns(tail: UncountedOutage | undefined, start: Date, end: Date): number {
  if (!tail) return 0;
  const overlap = Math.min(end.getTime(), tail.until.getTime()) - Math.max(tail.from.getTime(), start.getTime());
  return overlap > 0 ? Math.floor(overlap / tail.intervalMs) : 0;
}
