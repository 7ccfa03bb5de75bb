import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

/** Statuspage allows one request a second per key; the margin absorbs network jitter. */
export const STATUSPAGE_SPACING_MS = 1_100;
/** Longer waits give the worker back: the delivery is rescheduled instead. */
export const STATUSPAGE_MAX_WAIT_MS = 30_000;

export type Slot = { waitMs: number } | { retryAfterSeconds: number };

function keyOf(apiKey: string): string {
  return `statuspage:${createHash("sha256").update(apiKey).digest("hex").slice(0, 32)}`;
}

/**
 * Reserves the key's next free second across every worker: the row in rate_limits holds when the
 * slot after the last reserved one starts (resets_at), and the upsert's row lock hands out slots
 * in turn. The caller waits `waitMs`, then calls. A slot further away than the limit is not taken.
 */
export async function reserveStatuspageSlot(apiKey: string, spacingMs = STATUSPAGE_SPACING_MS, maxWaitMs = STATUSPAGE_MAX_WAIT_MS): Promise<Slot> {
  const key = keyOf(apiKey);
  const reserved = await db.execute<{ wait_ms: number }>(sql`
    insert into rate_limits (key, hits, resets_at)
    values (${key}, 1, now() + ${spacingMs} * interval '1 millisecond')
    on conflict (key) do update set
      hits = rate_limits.hits + 1,
      resets_at = greatest(rate_limits.resets_at, now()) + ${spacingMs} * interval '1 millisecond'
    where rate_limits.resets_at <= now() + ${maxWaitMs} * interval '1 millisecond'
    returning greatest(0, ceil(extract(epoch from (resets_at - now())) * 1000 - ${spacingMs}))::int as wait_ms`);
  const [row] = reserved.rows;
  if (row) return { waitMs: Number(row.wait_ms) };
  const current = await db.execute<{ wait_seconds: number }>(
    sql`select greatest(1, ceil(extract(epoch from (resets_at - now()))))::int as wait_seconds from rate_limits where key = ${key}`,
  );
  return { retryAfterSeconds: Number(current.rows[0]?.wait_seconds ?? 1) };
}

/** After a 429 the key's next slot moves past the vendor's wait, so other deliveries hold off too. */
export async function holdStatuspageKey(apiKey: string, seconds: number): Promise<void> {
  await db.execute(sql`
    update rate_limits set resets_at = greatest(resets_at, now() + ${seconds} * interval '1 second')
    where key = ${keyOf(apiKey)}`);
}
