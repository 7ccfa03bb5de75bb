/** Calendar arithmetic for uptime figures over UTC rollup buckets (a page's own days: lib/status-page/zoned.ts). */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function startOfUtcDay(at: Date): Date {
  return new Date(Math.floor(at.getTime() / DAY) * DAY);
}

export function startOfUtcHour(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR) * HOUR);
}

/** The `count` UTC hours ending with the current one, oldest first. */
export function lastUtcHours(count: number, now: Date): Date[] {
  const hour = startOfUtcHour(now).getTime();
  return Array.from({ length: count }, (_, i) => new Date(hour - (count - 1 - i) * HOUR));
}

export function uptimePercent(runs: number, successes: number): number | null {
  return runs > 0 ? (successes / runs) * 100 : null;
}

export { DAY, HOUR };
