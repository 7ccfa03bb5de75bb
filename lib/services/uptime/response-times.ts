import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { ResponseTimeRange } from "@/lib/schemas/uptime";
import { DAY, HOUR, uptimePercent } from "@/lib/uptime/days";
import { iso, scopedChecks, type UptimeScope } from "./scope";

export type ResponseTimePoint = {
  at: Date;
  runs: number;
  avgMs: number | null;
  /** Exact for minute rows; for coarser points the largest p95 of the rows merged into them. */
  p95Ms: number | null;
  minMs: number | null;
  maxMs: number | null;
  uptimePercent: number | null;
};

/** Which rollups feed each range, and how many of them merge into one chart point (~100-170 points). */
const plan = {
  "24h": { resolution: "minute", span: DAY, bin: 10 * 60_000 },
  "7d": { resolution: "hour", span: 7 * DAY, bin: HOUR },
  "30d": { resolution: "hour", span: 30 * DAY, bin: 6 * HOUR },
  "90d": { resolution: "day", span: 90 * DAY, bin: DAY },
} as const;

type Row = { bucket_start: Date; runs: number; successes: number; latency_sum: number; latency_min: number | null; latency_max: number | null; latency_p95: number | null };

function maxOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** A check's response times over a range, from rollups only, one point per bin that has runs. */
export async function responseTimeSeries(
  scope: UptimeScope,
  { checkId, range, now = new Date() }: { checkId: string; range: ResponseTimeRange; now?: Date },
): Promise<ResponseTimePoint[]> {
  const { resolution, span, bin } = plan[range];
  const owned = await db.execute(sql`select 1 from checks c where ${scopedChecks(scope, [checkId])}`);
  if (owned.rows.length === 0) throw new NotFoundError("Check");
  const result = await db.execute<Row>(sql`
    select bucket_start, runs, successes, latency_sum, latency_min, latency_max, latency_p95 from check_rollups
    where check_id = ${checkId}::uuid and resolution = ${resolution}::rollup_resolution and bucket_start > ${iso(new Date(now.getTime() - span))}
    order by bucket_start`);
  const points = new Map<number, ResponseTimePoint & { successes: number; latencySum: number }>();
  for (const row of result.rows) {
    const at = Math.floor(row.bucket_start.getTime() / bin) * bin;
    const point = points.get(at) ?? { at: new Date(at), runs: 0, successes: 0, latencySum: 0, avgMs: null, p95Ms: null, minMs: null, maxMs: null, uptimePercent: null };
    point.runs += row.runs;
    point.successes += row.successes;
    point.latencySum += row.latency_sum;
    point.p95Ms = maxOf(point.p95Ms, row.latency_p95);
    point.maxMs = maxOf(point.maxMs, row.latency_max);
    point.minMs = point.minMs === null ? row.latency_min : row.latency_min === null ? point.minMs : Math.min(point.minMs, row.latency_min);
    points.set(at, point);
  }
  return [...points.values()].map(({ successes, latencySum, ...point }) => ({
    ...point,
    avgMs: successes > 0 ? latencySum / successes : null,
    uptimePercent: uptimePercent(point.runs, successes),
  }));
}
