import "server-only";
import { and, eq, gte } from "drizzle-orm";
import { checkRollups, checks } from "@/db/schema";
import { db } from "@/lib/db";
import { lastUtcHours, uptimePercent } from "@/lib/uptime/days";
import { inScope, type UptimeQuery, type UptimeScope } from "./scope";

export type SparkPoint = { at: Date; avgLatencyMs: number | null; uptimePercent: number | null };

type Row = { checkId: string; bucketStart: Date; runs: number; successes: number; latencySum: number };

/** One point per UTC hour for the last `hours` hours (hour rollups), with empty hours as null points. */
export async function sparklines(
  scope: UptimeScope,
  { checkIds, now = new Date(), hours = 24 }: UptimeQuery & { hours?: number },
): Promise<Map<string, SparkPoint[]>> {
  if (checkIds?.length === 0) return new Map();
  const slots = lastUtcHours(hours, now);
  const rollups: Row[] = await db
    .select({
      checkId: checkRollups.checkId,
      bucketStart: checkRollups.bucketStart,
      runs: checkRollups.runs,
      successes: checkRollups.successes,
      latencySum: checkRollups.latencySum,
    })
    .from(checkRollups)
    .innerJoin(checks, eq(checks.id, checkRollups.checkId))
    .where(and(inScope(scope, checkIds), eq(checkRollups.resolution, "hour"), gte(checkRollups.bucketStart, slots[0]!)));
  const byCheck = new Map<string, Map<number, Row>>();
  for (const row of rollups) {
    const rows = byCheck.get(row.checkId) ?? new Map<number, Row>();
    rows.set(row.bucketStart.getTime(), row);
    byCheck.set(row.checkId, rows);
  }
  return new Map(
    [...byCheck].map(([checkId, rows]) => [
      checkId,
      slots.map((at) => {
        const row = rows.get(at.getTime());
        if (!row) return { at, avgLatencyMs: null, uptimePercent: null };
        return { at, avgLatencyMs: row.successes > 0 ? row.latencySum / row.successes : null, uptimePercent: uptimePercent(row.runs, row.successes) };
      }),
    ]),
  );
}
