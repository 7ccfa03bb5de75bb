import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db";

export const CACHE_CHANNEL = "pingpage_cache";

type Executor = Pick<Database, "execute">;

/**
 * Tells every web process that these cache tags are stale. Sent inside the caller's transaction,
 * PostgreSQL delivers it only on commit, so no process can re-read the old state after hearing it.
 * Only the page refresh task calls it (lib/services/status-page/refresh.ts).
 */
export async function notifyTagsChanged(executor: Executor, tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  await executor.execute(sql`select pg_notify(${CACHE_CHANNEL}, ${JSON.stringify({ tags: [...new Set(tags)] })})`);
}
