import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { DAY, HOUR, startOfUtcDay, startOfUtcHour, uptimePercent } from "@/lib/uptime/days";
import { iso, scopedChecks, type UptimeQuery, type UptimeScope } from "./scope";

/** Share of successful runs, in percent; null when the window holds no run. */
export type UptimeWindows = { h24: number | null; d7: number | null; d30: number | null; d90: number | null };

type Row = { check_id: string; runs24: number; ok24: number; runs7: number; ok7: number; runs30: number; ok30: number; runs90: number; ok90: number };

/**
 * Uptime over the last 24 hours and 7 days (hour rollups, current hour included) and the last 30
 * and 90 days (day rollups, today included). At most 258 small rows per check, by primary key.
 */
export async function uptimeSummaries(scope: UptimeScope, { checkIds, now = new Date() }: UptimeQuery = {}): Promise<Map<string, UptimeWindows>> {
  if (checkIds?.length === 0) return new Map();
  const hour = startOfUtcHour(now).getTime();
  const day = startOfUtcDay(now).getTime();
  const h24 = new Date(hour - 23 * HOUR);
  const d7 = new Date(hour - (7 * 24 - 1) * HOUR);
  const d30 = new Date(day - 29 * DAY);
  const d90 = new Date(day - 89 * DAY);
  // Two range scans on the primary key (check, resolution, bucket), one per resolution.
  const result = await db.execute<Row>(sql`
    with r as (
      select r.check_id, r.resolution, r.bucket_start, r.runs, r.successes
      from checks c join check_rollups r on r.check_id = c.id and r.resolution = 'hour' and r.bucket_start >= ${iso(d7)}
      where ${scopedChecks(scope, checkIds)}
      union all
      select r.check_id, r.resolution, r.bucket_start, r.runs, r.successes
      from checks c join check_rollups r on r.check_id = c.id and r.resolution = 'day' and r.bucket_start >= ${iso(d90)}
      where ${scopedChecks(scope, checkIds)}
    )
    select check_id,
      coalesce(sum(runs) filter (where resolution = 'hour' and bucket_start >= ${iso(h24)}), 0)::int as runs24,
      coalesce(sum(successes) filter (where resolution = 'hour' and bucket_start >= ${iso(h24)}), 0)::int as ok24,
      coalesce(sum(runs) filter (where resolution = 'hour'), 0)::int as runs7,
      coalesce(sum(successes) filter (where resolution = 'hour'), 0)::int as ok7,
      coalesce(sum(runs) filter (where resolution = 'day' and bucket_start >= ${iso(d30)}), 0)::int as runs30,
      coalesce(sum(successes) filter (where resolution = 'day' and bucket_start >= ${iso(d30)}), 0)::int as ok30,
      coalesce(sum(runs) filter (where resolution = 'day'), 0)::int as runs90,
      coalesce(sum(successes) filter (where resolution = 'day'), 0)::int as ok90
    from r
    where bucket_start <= ${iso(now)}
    group by check_id`);
  return new Map(
    result.rows.map((row) => [
      row.check_id,
      {
        h24: uptimePercent(row.runs24, row.ok24),
        d7: uptimePercent(row.runs7, row.ok7),
        d30: uptimePercent(row.runs30, row.ok30),
        d90: uptimePercent(row.runs90, row.ok90),
      },
    ]),
  );
}
