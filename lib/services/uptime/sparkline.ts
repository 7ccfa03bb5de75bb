import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { lastUtcHours, uptimePercent } from "@/lib/uptime/days";
import { iso, scopedChecks, type UptimeQuery, type UptimeScope } from "./scope";

export type SparkPoint = { at: Date; avgLatencyMs: number | null; uptimePercent: number | null };

type Row = { check_id: string; bucket_start: Date; runs: number; successes: number; latency_sum: number };

/** One point per UTC hour for the last `hours` hours (hour rollups), with empty hours as null points. */
export async function sparklines(
  scope: UptimeScope,
  { checkIds, now = new Date(), hours = 24 }: UptimeQuery & { hours?: number },
): Promise<Map<string, SparkPoint[]>> {
  if (checkIds?.length === 0) return new Map();
  const slots = lastUtcHours(hours, now);
  const result = await db.execute<Row>(sql`
    select r.check_id, r.bucket_start, r.runs, r.successes, r.latency_sum
    from checks c join check_rollups r on r.check_id = c.id and r.resolution = 'hour' and r.bucket_start >= ${iso(slots[0]!)}
    where ${scopedChecks(scope, checkIds)}`);
  const byCheck = new Map<string, Map<number, Row>>();
  for (const row of result.rows) {
    const rows = byCheck.get(row.check_id) ?? new Map<number, Row>();
    rows.set(row.bucket_start.getTime(), row);
    byCheck.set(row.check_id, rows);
  }
  return new Map(
    [...byCheck].map(([checkId, rows]) => [
      checkId,
      slots.map((at) => {
        const row = rows.get(at.getTime());
        if (!row) return { at, avgLatencyMs: null, uptimePercent: null };
        return { at, avgLatencyMs: row.successes > 0 ? row.latency_sum / row.successes : null, uptimePercent: uptimePercent(row.runs, row.successes) };
      }),
    ]),
  );
}
