import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

export type RateCount = { limit: number; remaining: number; resetSeconds: number; allowed: boolean };

/**
 * Counts one request against a token's window in the shared `rate_limits` table, so every web
 * process sees the same count; the upsert's row lock keeps parallel requests from overshooting.
 */
export async function countApiRequest(tokenId: string, limit: number, windowSeconds: number): Promise<RateCount> {
  const result = await db.execute<{ hits: number; reset: number }>(sql`
    insert into rate_limits (key, hits, resets_at) values (${`api:${tokenId}`}, 1, now() + make_interval(secs => ${windowSeconds}))
    on conflict (key) do update set
      hits = case when rate_limits.resets_at <= now() then 1 else rate_limits.hits + 1 end,
      resets_at = case when rate_limits.resets_at <= now() then excluded.resets_at else rate_limits.resets_at end
    returning hits, greatest(ceil(extract(epoch from resets_at - now())), 0)::int as reset`);
  const row = result.rows[0]!;
  return { limit, remaining: Math.max(0, limit - row.hits), resetSeconds: row.reset, allowed: row.hits <= limit };
}
