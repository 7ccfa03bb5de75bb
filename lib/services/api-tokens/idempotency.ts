import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { apiIdempotencyKeys } from "@/db/schema";
import { db } from "@/lib/db";

export type Claim = { state: "new" } | { state: "running" } | { state: "mismatch" } | { state: "done"; status: number; response: unknown };

/**
 * Claims `key` for this request before it runs, so two retries racing each other create once: the
 * first inserts the row, the others find it. A key older than 24 hours is taken over as new.
 */
export async function claimIdempotencyKey(tokenId: string, key: string, requestHash: string): Promise<Claim> {
  const inserted = await db.execute(sql`
    insert into api_idempotency_keys (token_id, key, request_hash) values (${tokenId}, ${key}, ${requestHash})
    on conflict (token_id, key) do update set request_hash = excluded.request_hash, status = null, response = null, created_at = now()
      where api_idempotency_keys.created_at < now() - interval '24 hours'
    returning 1`);
  if ((inserted.rowCount ?? 0) > 0) return { state: "new" };
  const [row] = await db
    .select()
    .from(apiIdempotencyKeys)
    .where(and(eq(apiIdempotencyKeys.tokenId, tokenId), eq(apiIdempotencyKeys.key, key)));
  if (!row) return claimIdempotencyKey(tokenId, key, requestHash);
  if (row.requestHash !== requestHash) return { state: "mismatch" };
  if (row.status === null) return { state: "running" };
  return { state: "done", status: row.status, response: row.response };
}

export async function completeIdempotencyKey(tokenId: string, key: string, status: number, response: unknown): Promise<void> {
  await db
    .update(apiIdempotencyKeys)
    .set({ status, response })
    .where(and(eq(apiIdempotencyKeys.tokenId, tokenId), eq(apiIdempotencyKeys.key, key)));
}

/** A request that failed leaves nothing behind: its retry runs again. */
export async function releaseIdempotencyKey(tokenId: string, key: string): Promise<void> {
  await db.delete(apiIdempotencyKeys).where(and(eq(apiIdempotencyKeys.tokenId, tokenId), eq(apiIdempotencyKeys.key, key)));
}

export async function pruneIdempotencyKeys(): Promise<number> {
  const result = await db.delete(apiIdempotencyKeys).where(sql`${apiIdempotencyKeys.createdAt} < now() - interval '24 hours'`);
  return result.rowCount ?? 0;
}
