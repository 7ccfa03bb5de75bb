import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import type { UncountedOutage } from "@/lib/uptime/open-outage";
import { iso, scopedChecks, type UptimeScope } from "./scope";

type Row = { check_id: string; started_at: string; interval_seconds: number; counted_until: string | null };

/**
 * Per check that is down now, the part of its open outage no rollup has counted yet (a check
 * paused while down keeps its outage open, but makes no more failed runs). Rollups are
 * refreshed together at every resolution, so the check's last minute bucket tells how far they
 * got. One index probe per open outage (outages_check_idx, then the rollups' primary key).
 */
export async function uncountedOutages(scope: UptimeScope, checkIds: string[] | undefined, now: Date): Promise<Map<string, UncountedOutage>> {
  if (checkIds?.length === 0) return new Map();
  const result = await db.execute<Row>(sql`
    select o.check_id, o.started_at, c.interval_seconds,
      (select max(r.bucket_start) + interval '1 minute' from check_rollups r
        where r.check_id = o.check_id and r.resolution = 'minute' and r.bucket_start >= date_trunc('minute', o.started_at, 'UTC')) as counted_until
    from checks c join outages o on o.check_id = c.id and o.ended_at is null and o.status = 'down' and o.started_at <= ${iso(now)}
    where ${scopedChecks(scope, checkIds)} and c.status = 'down'`);
  const tails = new Map<string, UncountedOutage>();
  for (const row of result.rows) {
    const from = Math.max(new Date(row.started_at).getTime(), row.counted_until ? new Date(row.counted_until).getTime() : 0);
    if (from < now.getTime()) tails.set(row.check_id, { from: new Date(from), until: now, intervalMs: Math.max(1, row.interval_seconds) * 1000 });
  }
  return tails;
}
