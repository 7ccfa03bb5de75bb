import "server-only";
import { and, eq, gte, inArray, isNull, lt, or, gt, sql } from "drizzle-orm";
import { checkRollups, outages } from "@/db/schema";
import { db } from "@/lib/db";
import { buildUptimeDays, periodUptime, type OutagePeriod, type RunCounts, type UptimeDay } from "@/lib/status-page/uptime";
import { lastLocalDays, type LocalDay } from "@/lib/status-page/zoned";

export const UPTIME_DAYS = 90;

export type CheckUptime = { days: UptimeDay[]; percent: number | null };

/**
 * 90 local days per check from rollups and outages, never raw runs. Day rollups are UTC days, so a
 * page in another zone sums hour rollups by its own calendar, and falls back to the day rollup of
 * the same date where hour rollups are no longer kept.
 */
export async function loadUptime(checkIds: string[], timeZone: string, now: Date): Promise<Map<string, CheckUptime>> {
  const result = new Map<string, CheckUptime>();
  if (checkIds.length === 0) return result;
  const days = lastLocalDays(now, timeZone, UPTIME_DAYS);
  const from = days[0]!.start;
  const [daily, hourly, periods] = await Promise.all([
    countsByDate(checkIds, "day", "UTC", new Date(from.getTime() - 86_400_000), now),
    timeZone === "UTC" ? Promise.resolve(new Map<string, Map<string, RunCounts>>()) : countsByDate(checkIds, "hour", timeZone, from, now),
    outagesSince(checkIds, from),
  ]);
  for (const checkId of checkIds) {
    const counts = mergeCounts(days, hourly.get(checkId), daily.get(checkId));
    result.set(checkId, {
      days: buildUptimeDays(days, counts, periods.get(checkId) ?? [], now),
      percent: periodUptime(counts.values()),
    });
  }
  return result;
}

function mergeCounts(days: LocalDay[], hourly: Map<string, RunCounts> | undefined, daily: Map<string, RunCounts> | undefined) {
  const counts = new Map<string, RunCounts>();
  for (const { date } of days) {
    const found = hourly?.get(date) ?? daily?.get(date);
    if (found) counts.set(date, found);
  }
  return counts;
}

async function countsByDate(checkIds: string[], resolution: "day" | "hour", timeZone: string, from: Date, to: Date) {
  const date = sql<string>`to_char(${checkRollups.bucketStart} at time zone ${timeZone}, 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      checkId: checkRollups.checkId,
      date,
      runs: sql<number>`sum(${checkRollups.runs})::int`,
      successes: sql<number>`sum(${checkRollups.successes})::int`,
    })
    .from(checkRollups)
    .where(
      and(
        eq(checkRollups.resolution, resolution),
        inArray(checkRollups.checkId, checkIds),
        gte(checkRollups.bucketStart, from),
        lt(checkRollups.bucketStart, to),
      ),
    )
    // By position: the zone is a bound parameter, so the two to_char expressions would not compare equal.
    .groupBy(sql`1`, sql`2`);
  const byCheck = new Map<string, Map<string, RunCounts>>();
  for (const row of rows) {
    const perDate = byCheck.get(row.checkId) ?? new Map<string, RunCounts>();
    perDate.set(row.date, { runs: row.runs, successes: row.successes });
    byCheck.set(row.checkId, perDate);
  }
  return byCheck;
}

async function outagesSince(checkIds: string[], from: Date) {
  const rows = await db
    .select({ checkId: outages.checkId, status: outages.status, startedAt: outages.startedAt, endedAt: outages.endedAt })
    .from(outages)
    .where(and(inArray(outages.checkId, checkIds), or(isNull(outages.endedAt), gt(outages.endedAt, from))));
  const byCheck = new Map<string, OutagePeriod[]>();
  for (const row of rows) byCheck.set(row.checkId, [...(byCheck.get(row.checkId) ?? []), row]);
  return byCheck;
}

/** Hourly mean latency over the last 24 hours, from hour rollups. */
export async function loadResponseTimes(checkIds: string[], now: Date) {
  const result = new Map<string, { hour: string; meanMs: number | null }[]>();
  if (checkIds.length === 0) return result;
  const firstHour = Math.floor(now.getTime() / 3_600_000) * 3_600_000 - 23 * 3_600_000;
  const rows = await db
    .select({ checkId: checkRollups.checkId, bucketStart: checkRollups.bucketStart, runs: checkRollups.runs, latencySum: checkRollups.latencySum })
    .from(checkRollups)
    .where(and(eq(checkRollups.resolution, "hour"), inArray(checkRollups.checkId, checkIds), gte(checkRollups.bucketStart, new Date(firstHour))));
  for (const checkId of checkIds) {
    const mine = new Map(rows.filter((r) => r.checkId === checkId).map((r) => [r.bucketStart.getTime(), r]));
    result.set(
      checkId,
      Array.from({ length: 24 }, (_, i) => {
        const hour = firstHour + i * 3_600_000;
        const row = mine.get(hour);
        return { hour: new Date(hour).toISOString(), meanMs: row && row.runs > 0 ? row.latencySum / row.runs : null };
      }),
    );
  }
  return result;
}
