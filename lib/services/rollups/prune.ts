import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

/** Minute rollups only feed the hour rows and the 24-hour chart; a week is plenty. */
export const MINUTE_ROLLUP_DAYS = 7;
const BATCH = 50_000;

async function deleteInBatches(resolutions: string[], before: Date): Promise<number> {
  let total = 0;
  const list = sql.join(
    resolutions.map((r) => sql`${r}::rollup_resolution`),
    sql`, `,
  );
  // Short transactions: one huge delete would hold its locks and bloat WAL in one go.
  for (;;) {
    const result = await db.execute(sql`
      delete from check_rollups where ctid in (
        select ctid from check_rollups where resolution in (${list}) and bucket_start < ${before.toISOString()}::timestamptz limit ${BATCH}
      )`);
    total += result.rowCount ?? 0;
    if ((result.rowCount ?? 0) < BATCH) return total;
  }
}

/** Drops minute rollups after a week and hour/day rollups after `keepDays` (at least a year, see lib/env.ts). */
export async function pruneRollups({ now, keepDays }: { now: Date; keepDays: number }): Promise<{ minute: number; hourAndDay: number }> {
  const day = 86_400_000;
  const minute = await deleteInBatches(["minute"], new Date(now.getTime() - MINUTE_ROLLUP_DAYS * day));
  const hourAndDay = await deleteInBatches(["hour", "day"], new Date(now.getTime() - keepDays * day));
  return { minute, hourAndDay };
}
