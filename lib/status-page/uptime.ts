import type { LocalDay } from "./zoned";

export type OutagePeriod = { startedAt: Date; endedAt: Date | null; status: "down" | "degraded" | string };
export type RunCounts = { runs: number; successes: number };
export type UptimeDay = {
  date: string;
  /** Share of successful runs that day, 0–100; null when nothing ran. */
  uptime: number | null;
  /** Minutes of that day the check was down (degraded time is not downtime). */
  outageMinutes: number;
  degradedMinutes: number;
};

/** Minutes of each day covered by the outages; an open outage runs until `now`. */
export function outageMinutesByDay(outages: OutagePeriod[], days: LocalDay[], now: Date, status = "down"): Map<string, number> {
  const minutes = new Map(days.map((d) => [d.date, 0]));
  for (const outage of outages) {
    if (outage.status !== status) continue;
    const start = outage.startedAt.getTime();
    const end = (outage.endedAt ?? now).getTime();
    for (const day of days) {
      const overlap = Math.min(end, day.end.getTime(), now.getTime()) - Math.max(start, day.start.getTime());
      if (overlap > 0) minutes.set(day.date, (minutes.get(day.date) ?? 0) + overlap / 60_000);
    }
  }
  for (const [date, value] of minutes) minutes.set(date, Math.round(value));
  return minutes;
}

export function uptimePercent(counts: RunCounts | undefined): number | null {
  if (!counts || counts.runs === 0) return null;
  return (counts.successes / counts.runs) * 100;
}

export function buildUptimeDays(days: LocalDay[], counts: Map<string, RunCounts>, outages: OutagePeriod[], now: Date): UptimeDay[] {
  const down = outageMinutesByDay(outages, days, now, "down");
  const degraded = outageMinutesByDay(outages, days, now, "degraded");
  return days.map((day) => ({
    date: day.date,
    uptime: uptimePercent(counts.get(day.date)),
    outageMinutes: down.get(day.date) ?? 0,
    degradedMinutes: degraded.get(day.date) ?? 0,
  }));
}

/** Uptime over the whole period, weighted by runs (a day with more runs counts more). */
export function periodUptime(counts: Iterable<RunCounts>): number | null {
  let runs = 0;
  let successes = 0;
  for (const c of counts) {
    runs += c.runs;
    successes += c.successes;
  }
  return runs === 0 ? null : (successes / runs) * 100;
}

export type UptimeLevel = "none" | "good" | "minor" | "partial" | "major";

/** The colour class of a day's cell. */
export function uptimeLevel(day: Pick<UptimeDay, "uptime" | "outageMinutes">): UptimeLevel {
  if (day.uptime === null) return day.outageMinutes > 0 ? "major" : "none";
  if (day.uptime >= 99.9 && day.outageMinutes < 5) return "good";
  if (day.uptime >= 99) return "minor";
  if (day.uptime >= 95) return "partial";
  return "major";
}

/** "99.95%": two decimals, never rounding a bad day up to 100%. */
export function formatUptime(value: number | null): string {
  if (value === null) return "No data";
  if (value >= 100) return "100%";
  return `${(Math.floor(value * 100) / 100).toFixed(2)}%`;
}
