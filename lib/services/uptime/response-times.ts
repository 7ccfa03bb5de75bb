import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import { checkRollups, checks } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { ResponseTimeRange } from "@/lib/schemas/uptime";
import { DAY, HOUR, uptimePercent } from "@/lib/uptime/days";
import { inScope, type UptimeScope } from "./scope";

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

function maxOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** A check's response times over a range, from rollups only, one point per bin that has runs. */
export async function responseTimeSeries(
  scope: UptimeScope,
  { checkId, range, now = new Date() }: { checkId: string; range: ResponseTimeRange; now?: Date },
): Promise<ResponseTimePoint[]> {
  const { resolution, span, bin } = plan[range];
  const [owned] = await db.select({ id: checks.id }).from(checks).where(inScope(scope, [checkId]));
  if (!owned) throw new NotFoundError("Check");
  const rows = await db
    .select()
    .from(checkRollups)
    .where(and(eq(checkRollups.checkId, checkId), eq(checkRollups.resolution, resolution), gt(checkRollups.bucketStart, new Date(now.getTime() - span))))
    .orderBy(asc(checkRollups.bucketStart));
  const points = new Map<number, ResponseTimePoint & { successes: number; latencySum: number }>();
  for (const row of rows) {
    const at = Math.floor(row.bucketStart.getTime() / bin) * bin;
    const point = points.get(at) ?? { at: new Date(at), runs: 0, successes: 0, latencySum: 0, avgMs: null, p95Ms: null, minMs: null, maxMs: null, uptimePercent: null };
    point.runs += row.runs;
    point.successes += row.successes;
    point.latencySum += row.latencySum;
    point.p95Ms = maxOf(point.p95Ms, row.latencyP95);
    point.maxMs = maxOf(point.maxMs, row.latencyMax);
    point.minMs = point.minMs === null ? row.latencyMin : row.latencyMin === null ? point.minMs : Math.min(point.minMs, row.latencyMin);
    points.set(at, point);
  }
  return [...points.values()].map(({ successes, latencySum, ...point }) => ({
    ...point,
    avgMs: successes > 0 ? latencySum / successes : null,
    uptimePercent: uptimePercent(point.runs, successes),
  }));
}
