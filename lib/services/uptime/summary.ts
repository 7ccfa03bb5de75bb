import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { DAY, HOUR, startOfUtcDay, startOfUtcHour, uptimePercent } from "@/lib/uptime/days";
import { uncountedRuns } from "@/lib/uptime/open-outage";
import { uncountedOutages } from "./open-outages";
import { iso, scopedChecks, type UptimeQuery, type UptimeScope } from "./scope";

/** Share of successful runs, in percent; null when the window holds no run. */
export type UptimeWindows = { h24: number | null; d7: number | null; d30: number | null; d90: number | null };

type Row = { check_id: string; runs24: number; ok24: number; runs7: number; ok7: number; runs30: number; ok30: number; runs90: number; ok90: number };

/**
 * Uptime over the last 24 hours and 7 days (hour rollups, current hour included) and the last 30
 * and 90 days (day rollups, today included). At most 258 small rows per check, by primary key.
 * An open outage counts up to now, though the rollups have not caught up with it yet.
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
  const [result, tails] = await Promise.all([
    db.execute<Row>(sql`
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
    group by check_id`),
    uncountedOutages(scope, checkIds, now),
  ]);
  const zero: Row = { check_id: "", runs24: 0, ok24: 0, runs7: 0, ok7: 0, runs30: 0, ok30: 0, runs90: 0, ok90: 0 };
  const rows = new Map(result.rows.map((row) => [row.check_id, row]));
  for (const checkId of tails.keys()) if (!rows.has(checkId)) rows.set(checkId, { ...zero, check_id: checkId });
  return new Map(
    [...rows.values()].map((row) => {
      const tail = tails.get(row.check_id);
      const share = (runs: number, ok: number, from: Date) => uptimePercent(runs + uncountedRuns(tail, from, now), ok);
      return [row.check_id, { h24: share(row.runs24, row.ok24, h24), d7: share(row.runs7, row.ok7, d7), d30: share(row.runs30, row.ok30, d30), d90: share(row.runs90, row.ok90, d90) }];
    }),
  );
}
