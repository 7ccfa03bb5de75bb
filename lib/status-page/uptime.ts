/** One cell of a public uptime bar; built from lib/services/uptime/daily.ts. */
export type UptimeDay = {
  date: string;
  /** Share of successful runs that day, 0–100; null when nothing ran. */
  uptime: number | null;
  /** Minutes of that day the check was down (degraded time is not downtime). */
  outageMinutes: number;
  degradedMinutes: number;
};

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
