import { addDays } from "./zoned";

/** [date, uptime % or null, minutes down] */
export type DayCell = [string, number | null, number];

/**
 * 90 days × 20 components travel to the browser twice (HTML and the RSC payload), so the days are
 * sent as one string: "<first date>|<uptime in hundredths or ->:<minutes down>,…". ~9 bytes a day.
 */
export function encodeDays(days: { date: string; uptime: number | null; outageMinutes: number }[]): string {
  if (days.length === 0) return "";
  const cells = days.map((d) => `${d.uptime === null ? "-" : Math.floor(d.uptime * 100)}:${d.outageMinutes}`);
  return `${days[0]!.date}|${cells.join(",")}`;
}

export function decodeDays(encoded: string): DayCell[] {
  if (!encoded) return [];
  const [first, cells = ""] = encoded.split("|") as [string, string?];
  return cells.split(",").map((cell, i) => {
    const [uptime, minutes] = cell.split(":");
    return [addDays(first, i), uptime === "-" || uptime === undefined ? null : Number(uptime) / 100, Number(minutes) || 0];
  });
}
