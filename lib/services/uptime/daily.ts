import "server-only";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { checks, outages } from "@/db/schema";
import { db } from "@/lib/db";
import { lastLocalDays } from "@/lib/status-page/zoned";
import { DAY, uptimePercent } from "@/lib/uptime/days";
import { uncountedRuns } from "@/lib/uptime/open-outage";
import { outageMinutesByDay } from "@/lib/uptime/outage-days";
import { uncountedOutages } from "./open-outages";
import { inScope, iso, scopedChecks, type UptimeQuery, type UptimeScope } from "./scope";

export type DailyBar = {
  /** The calendar day in the requested zone, "2026-11-21". */
  day: string;
  runs: number;
  successes: number;
  /** Share of successful runs; null on a day without runs. */
  uptimePercent: number | null;
  /** Time spent in outages that day, from the outages table (an open outage counts until now). */
  downMinutes: number;
  degradedMinutes: number;
  outages: number;
};

type RunCounts = { runs: number; successes: number };
type CountRow = { check_id: string; date: string; runs: number; successes: number };

/** Run counts per check and calendar date (in `timeZone`) from one resolution of rollups. */
async function countsByDate(scope: UptimeScope, checkIds: string[] | undefined, resolution: "day" | "hour", timeZone: string, from: Date, to: Date) {
  const result = await db.execute<CountRow>(sql`
    select r.check_id, to_char(r.bucket_start at time zone ${timeZone}, 'YYYY-MM-DD') as date, sum(r.runs)::int as runs, sum(r.successes)::int as successes
    from checks c join check_rollups r on r.check_id = c.id and r.resolution = ${resolution}::rollup_resolution
      and r.bucket_start >= ${iso(from)} and r.bucket_start <= ${iso(to)}
    where ${scopedChecks(scope, checkIds)}
    group by 1, 2`);
  const byKey = new Map<string, RunCounts>();
  for (const row of result.rows) byKey.set(`${row.check_id}/${row.date}`, { runs: row.runs, successes: row.successes });
  return byKey;
}

/**
 * One bar per calendar day for the last `days` days (today last), per check, in UTC or a page's
 * zone. Day rollups are UTC days, so another zone sums hour rollups by its own calendar and falls
 * back to the day rollup of the same date where hour rollups are no longer kept. An open outage
 * counts up to now, in the runs and in the minutes, though the rollups have not caught up.
 */
export async function dailyBars(
  scope: UptimeScope,
  { checkIds, now = new Date(), days = 90, timeZone = "UTC" }: UptimeQuery & { days?: number; timeZone?: string },
): Promise<Map<string, DailyBar[]>> {
  if (checkIds?.length === 0) return new Map();
  const calendar = lastLocalDays(now, timeZone, days);
  const from = calendar[0]!.start;
  const [daily, hourly, spans, tails, owned] = await Promise.all([
    countsByDate(scope, checkIds, "day", "UTC", timeZone === "UTC" ? from : new Date(from.getTime() - DAY), now),
    timeZone === "UTC" ? new Map<string, RunCounts>() : countsByDate(scope, checkIds, "hour", timeZone, from, now),
    db
      .select({ checkId: outages.checkId, status: outages.status, startedAt: outages.startedAt, endedAt: outages.endedAt })
      .from(outages)
      .innerJoin(checks, eq(checks.id, outages.checkId))
      .where(and(inScope(scope, checkIds), lt(outages.startedAt, now), or(isNull(outages.endedAt), gt(outages.endedAt, from)))),
    uncountedOutages(scope, checkIds, now),
    db.select({ id: checks.id }).from(checks).where(inScope(scope, checkIds)),
  ]);

  const result = new Map<string, DailyBar[]>();
  for (const { id } of owned) {
    const byDay = outageMinutesByDay(
      spans.filter((span) => span.checkId === id),
      calendar,
      now,
    );
    const tail = tails.get(id);
    result.set(
      id,
      calendar.map(({ date, start, end }) => {
        const counted = hourly.get(`${id}/${date}`) ?? daily.get(`${id}/${date}`);
        const runs = (counted?.runs ?? 0) + uncountedRuns(tail, start, end);
        const successes = counted?.successes ?? 0;
        return { day: date, runs, successes, uptimePercent: uptimePercent(runs, successes), ...byDay.get(date)! };
      }),
    );
  }
  return result;
}

/** Uptime over the bars' whole period, weighted by runs (a day with more runs counts more). */
export function periodUptime(bars: DailyBar[]): number | null {
  let runs = 0;
  let successes = 0;
  for (const bar of bars) {
    runs += bar.runs;
    successes += bar.successes;
  }
  return uptimePercent(runs, successes);
}
