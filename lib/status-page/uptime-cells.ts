import { addDays } from "./zoned";

/** [date, uptime % or null, minutes down] */
export type DayCell = [string, number | null, number];

/**
 * 90 days × 20 components travel to the browser twice (HTML and the RSC payload), so the days are
 * sent as one string: "<first date>|<cell>,<cell>,…", a cell being the uptime in hundredths of a
 * percent (or "-" for no data), then ":<minutes down>" unless 0. The usual day, 100% and no
 * downtime, is an empty cell: most bars are 89 commas.
 */
export function encodeDays(days: { date: string; uptime: number | null; outageMinutes: number }[]): string {
  if (days.length === 0) return "";
  const cells = days.map((d) => {
    const hundredths = d.uptime === null ? "-" : String(Math.floor(d.uptime * 100));
    if (hundredths === "10000" && d.outageMinutes === 0) return "";
    return d.outageMinutes === 0 ? hundredths : `${hundredths}:${d.outageMinutes}`;
  });
  return `${days[0]!.date}|${cells.join(",")}`;
}

export function decodeDays(encoded: string): DayCell[] {
  if (!encoded) return [];
  const [first, cells = ""] = encoded.split("|") as [string, string?];
  return cells.split(",").map((cell, i) => {
    const [uptime = "", minutes] = cell.split(":");
    const percent = uptime === "" ? 100 : uptime === "-" ? null : Number(uptime) / 100;
    return [addDays(first, i), percent, Number(minutes) || 0];
  });
}
