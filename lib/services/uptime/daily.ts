import "server-only";
import { and, eq, gt, gte, isNull, lt, or } from "drizzle-orm";
import { checkRollups, checks, outages } from "@/db/schema";
import { db } from "@/lib/db";
import { DAY, lastUtcDays, uptimePercent, utcDayKey } from "@/lib/uptime/days";
import { outageMinutesByDay } from "@/lib/uptime/outage-days";
import { inScope, type UptimeQuery, type UptimeScope } from "./scope";

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

/** One bar per UTC day for the last `days` days (today last), per check: day rollups and outages only. */
export async function dailyBars(
  scope: UptimeScope,
  { checkIds, now = new Date(), days = 90 }: UptimeQuery & { days?: number },
): Promise<Map<string, DailyBar[]>> {
  if (checkIds?.length === 0) return new Map();
  const dayStarts = lastUtcDays(days, now);
  const from = dayStarts[0]!;
  const [rollups, spans, owned] = await Promise.all([
    db
      .select({ checkId: checkRollups.checkId, bucketStart: checkRollups.bucketStart, runs: checkRollups.runs, successes: checkRollups.successes })
      .from(checkRollups)
      .innerJoin(checks, eq(checks.id, checkRollups.checkId))
      .where(and(inScope(scope, checkIds), eq(checkRollups.resolution, "day"), gte(checkRollups.bucketStart, from))),
    db
      .select({ checkId: outages.checkId, status: outages.status, startedAt: outages.startedAt, endedAt: outages.endedAt })
      .from(outages)
      .innerJoin(checks, eq(checks.id, outages.checkId))
      .where(and(inScope(scope, checkIds), lt(outages.startedAt, new Date(from.getTime() + days * DAY)), or(isNull(outages.endedAt), gt(outages.endedAt, from)))),
    db.select({ id: checks.id }).from(checks).where(inScope(scope, checkIds)),
  ]);

  const rollupByKey = new Map(rollups.map((row) => [`${row.checkId}/${utcDayKey(row.bucketStart)}`, row]));
  const result = new Map<string, DailyBar[]>();
  for (const { id } of owned) {
    const byDay = outageMinutesByDay(
      spans.filter((span) => span.checkId === id),
      dayStarts,
      now,
    );
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
