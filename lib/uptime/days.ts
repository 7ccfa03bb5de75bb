/** Calendar arithmetic for uptime figures: every bucket and bar is a UTC day or hour. */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function startOfUtcDay(at: Date): Date {
  return new Date(Math.floor(at.getTime() / DAY) * DAY);
}

export function startOfUtcHour(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR) * HOUR);
}

/** The `count` UTC days ending with today, oldest first, as their midnights. */
export function lastUtcDays(count: number, now: Date): Date[] {
  const today = startOfUtcDay(now).getTime();
  return Array.from({ length: count }, (_, i) => new Date(today - (count - 1 - i) * DAY));
}

/** The `count` UTC hours ending with the current one, oldest first. */
export function lastUtcHours(count: number, now: Date): Date[] {
  const hour = startOfUtcHour(now).getTime();
  return Array.from({ length: count }, (_, i) => new Date(hour - (count - 1 - i) * HOUR));
}

/** "2026-11-21" */
export function utcDayKey(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function uptimePercent(runs: number, successes: number): number | null {
  return runs > 0 ? (successes / runs) * 100 : null;
}

export { DAY, HOUR };
