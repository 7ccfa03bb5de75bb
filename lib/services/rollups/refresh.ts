import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";

const REFRESH_LOCK = 7_215_334_003;

export type RollupWindow = {
  /** Runs started at or after the minute containing `from` are (re)aggregated… */
  from: Date;
  /** …up to, not including, `to` (usually now: the current minute is refreshed again next time). */
  to: Date;
  /** Only these checks (backfills, tests); every check when absent. */
  checkIds?: string[];
};

function onlyChecks(checkIds: string[] | undefined): SQL {
  return checkIds ? sql`and check_id in (${sql.join(checkIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
}

const upsert = sql`
  on conflict (check_id, resolution, bucket_start) do update set
    runs = excluded.runs, successes = excluded.successes, latency_sum = excluded.latency_sum,
    latency_min = excluded.latency_min, latency_max = excluded.latency_max, latency_p95 = excluded.latency_p95`;

/** Minute buckets straight from the raw runs: exact counts and an exact p95. Latency counts successful runs only. */
function minutesFromRuns({ from, to, checkIds }: RollupWindow): SQL {
  return sql`
    insert into check_rollups (check_id, resolution, bucket_start, runs, successes, latency_sum, latency_min, latency_max, latency_p95)
    select check_id, 'minute'::rollup_resolution, date_trunc('minute', started_at, 'UTC'), count(*)::int, (count(*) filter (where ok))::int,
      coalesce(sum(latency_ms) filter (where ok), 0), min(latency_ms) filter (where ok), max(latency_ms) filter (where ok),
      percentile_cont(0.95) within group (order by latency_ms) filter (where ok and latency_ms is not null)
    from check_runs
    where started_at >= date_trunc('minute', ${from.toISOString()}::timestamptz, 'UTC') and started_at < ${to.toISOString()}::timestamptz
      ${onlyChecks(checkIds)}
    group by check_id, date_trunc('minute', started_at, 'UTC')
    ${upsert}`;
}

/**
 * Hour buckets from minute rows, day buckets from hour rows. Counts, sums, min and max are exact;
 * the p95 is the 95th percentile of the finer buckets' p95s, weighted by their successful runs,
 * because the raw runs of a whole day are too many to sort every minute.
 */
function coarserFromFiner(coarse: "hour" | "day", fine: "minute" | "hour", { from, to, checkIds }: RollupWindow): SQL {
  const unit = sql.raw(`'${coarse}'`);
  return sql`
    with fine as (
      select check_id, date_trunc(${unit}, bucket_start, 'UTC') as bucket, runs, successes, latency_sum, latency_min, latency_max, latency_p95
      from check_rollups
      where resolution = ${fine}::rollup_resolution and bucket_start >= date_trunc(${unit}, ${from.toISOString()}::timestamptz, 'UTC')
        and bucket_start < ${to.toISOString()}::timestamptz ${onlyChecks(checkIds)}
    ), ranked as (
      -- One pass, no self-join: the running share of successful runs in p95 order per bucket.
      select fine.*,
        sum(successes) filter (where latency_p95 is not null and successes > 0)
          over (partition by check_id, bucket order by latency_p95 rows between unbounded preceding and current row) as at_or_below,
        sum(successes) filter (where latency_p95 is not null and successes > 0) over (partition by check_id, bucket) as total
      from fine
    )
    insert into check_rollups (check_id, resolution, bucket_start, runs, successes, latency_sum, latency_min, latency_max, latency_p95)
    select check_id, ${coarse}::rollup_resolution, bucket, sum(runs)::int, sum(successes)::int, sum(latency_sum), min(latency_min), max(latency_max),
      min(latency_p95) filter (where latency_p95 is not null and successes > 0 and at_or_below >= 0.95 * total)
    from ranked
    group by check_id, bucket
    ${upsert}`;
}

/**
 * Recomputes every bucket the window touches, so it is idempotent and late runs are counted
 * when they fall inside the next refresh's window. Serialized: concurrent upserts would deadlock.
 */
export async function refreshRollups(window: RollupWindow): Promise<void> {
  if (window.checkIds?.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK})`);
    await tx.execute(minutesFromRuns(window));
    await tx.execute(coarserFromFiner("hour", "minute", window));
    await tx.execute(coarserFromFiner("day", "hour", window));
  });
}
