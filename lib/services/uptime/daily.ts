import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { DAY, lastUtcDays, uptimePercent, utcDayKey } from "@/lib/uptime/days";
import { outageMinutesByDay } from "@/lib/uptime/outage-days";
import { iso, scopedChecks, type UptimeQuery, type UptimeScope } from "./scope";

export type DailyBar = {
  /** The UTC day, "2026-11-21". */
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

type RollupRow = { check_id: string; bucket_start: Date; runs: number; successes: number };
type OutageRow = { check_id: string; status: string; started_at: Date; ended_at: Date | null };

/** One bar per UTC day for the last `days` days (today last), per check: day rollups and outages only. */
export async function dailyBars(
  scope: UptimeScope,
  { checkIds, now = new Date(), days = 90 }: UptimeQuery & { days?: number },
): Promise<Map<string, DailyBar[]>> {
  if (checkIds?.length === 0) return new Map();
  const dayStarts = lastUtcDays(days, now);
  const from = dayStarts[0]!;
  const [rollups, outages, checks] = await Promise.all([
    db.execute<RollupRow>(sql`
      select r.check_id, r.bucket_start, r.runs, r.successes
      from checks c join check_rollups r on r.check_id = c.id and r.resolution = 'day' and r.bucket_start >= ${iso(from)}
      where ${scopedChecks(scope, checkIds)}`),
    db.execute<OutageRow>(sql`
      select o.check_id, o.status, o.started_at, o.ended_at
      from checks c join outages o on o.check_id = c.id
        and o.started_at < ${iso(new Date(from.getTime() + days * DAY))} and (o.ended_at is null or o.ended_at > ${iso(from)})
      where ${scopedChecks(scope, checkIds)}`),
    db.execute<{ id: string }>(sql`select c.id from checks c where ${scopedChecks(scope, checkIds)}`),
  ]);

  const rollupByKey = new Map(rollups.rows.map((row) => [`${row.check_id}/${utcDayKey(row.bucket_start)}`, row]));
  const result = new Map<string, DailyBar[]>();
  for (const { id } of checks.rows) {
    const spans = outages.rows
      .filter((row) => row.check_id === id)
      .map((row) => ({ status: row.status, startedAt: row.started_at, endedAt: row.ended_at }));
    const byDay = outageMinutesByDay(spans, dayStarts, now);
    result.set(
      id,
      dayStarts.map((start) => {
        const day = utcDayKey(start);
        const rollup = rollupByKey.get(`${id}/${day}`);
        const runs = rollup?.runs ?? 0;
        const successes = rollup?.successes ?? 0;
        return { day, runs, successes, uptimePercent: uptimePercent(runs, successes), ...byDay.get(day)! };
      }),
    );
  }
  return result;
}
