import "server-only";
import { sql } from "drizzle-orm";
import { db, type Database } from "@/lib/db";
import { textArray } from "../sql-arrays";

type Executor = Pick<Database, "execute">;

/** At most `max` attempts per `windowSeconds` under `key`. */
export type Limit = { key: string; max: number; windowSeconds: number };

export type Attempt = { allowed: boolean; retryAfterSeconds: number };

/**
 * Counts one attempt against every limit in one statement, before the attempt is checked: the
 * upsert takes each counter's row lock, so of N parallel attempts at most `max` see a count within
 * the limit. Refused attempts are counted too; a caller that succeeds may refund or reset.
 */
export async function takeAttempt(limits: Limit[], executor: Executor = db): Promise<Attempt> {
  if (limits.length === 0) return { allowed: true, retryAfterSeconds: 0 };
  // Sorted keys take row locks in one order, so two multi-key attempts never deadlock.
  const sorted = [...limits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const result = await executor.execute<{ key: string; hits: number; retry_after: number }>(sql`
    insert into rate_limits (key, hits, resets_at)
    select t.key, 1, now() + make_interval(secs => t.window_seconds)
    from unnest(${textArray(sorted.map((l) => l.key))}, ${`{${sorted.map((l) => l.windowSeconds).join(",")}}`}::int[]) with ordinality as t(key, window_seconds, n)
    order by t.n
    on conflict (key) do update set
      hits = case when rate_limits.resets_at <= now() then 1 else rate_limits.hits + 1 end,
      resets_at = case when rate_limits.resets_at <= now() then excluded.resets_at else rate_limits.resets_at end
    returning key, hits, ceil(extract(epoch from resets_at - now()))::int as retry_after`);
  const max = new Map(sorted.map((l) => [l.key, l.max]));
  const over = result.rows.filter((row) => row.hits > (max.get(row.key) ?? 0));
  return { allowed: over.length === 0, retryAfterSeconds: Math.max(0, ...over.map((row) => row.retry_after)) };
}

/** Gives back one attempt (a right password should not count against an address). */
export async function refundAttempt(keys: string[], executor: Executor = db): Promise<void> {
  if (keys.length === 0) return;
  await executor.execute(sql`update rate_limits set hits = greatest(hits - 1, 0) where key = any(${textArray(keys)})`);
}

/** Forgets every attempt under these keys. */
export async function resetAttempts(keys: string[], executor: Executor = db): Promise<void> {
  if (keys.length === 0) return;
  await executor.execute(sql`delete from rate_limits where key = any(${textArray(keys)})`);
}

/** Counters whose window has passed count as zero anyway; the hourly prune drops their rows. */
export async function pruneRateLimits(now = new Date()): Promise<number> {
  const result = await db.execute(sql`delete from rate_limits where resets_at < ${now.toISOString()}::timestamptz`);
  return result.rowCount ?? 0;
}

/** "15 minutes", "1 hour": for messages that say when to try again. */
export function describeWait(seconds: number): string {
  if (seconds <= 1) return "1 second";
  if (seconds <= 90) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? "1 hour" : `${hours} hours`;
}
