import type { ResponseTimeRange } from "@/lib/schemas/uptime";
import type { ResponseTimePoint } from "@/lib/services/uptime/response-times";
import type { ChartPoint } from "../_components/response-time-chart";

const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Chart labels in UTC, like the rollup buckets, so server and browser render the same text. */
function label(at: Date, range: ResponseTimeRange): string {
  const time = at.toISOString().slice(11, 16);
  const day = `${month[at.getUTCMonth()]} ${at.getUTCDate()}`;
  if (range === "24h") return time;
  if (range === "90d") return day;
  return `${day} ${time}`;
}

export function chartPoints(points: ResponseTimePoint[], range: ResponseTimeRange): ChartPoint[] {
  return points.map((point) => ({
    label: label(point.at, range),
    Average: point.avgMs === null ? null : Math.round(point.avgMs),
    p95: point.p95Ms === null ? null : Math.round(point.p95Ms),
  }));
}
