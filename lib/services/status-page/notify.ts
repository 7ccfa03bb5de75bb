import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { pageTag } from "@/lib/status-page/tags";

export const CACHE_CHANNEL = "pingpage_cache";

type Executor = Pick<Database, "execute">;

/**
 * Tells every web process that these cache tags are stale. Sent inside the caller's transaction,
 * PostgreSQL delivers it only on commit, so no process can re-read the old state after hearing it.
 */
export async function notifyTagsChanged(executor: Executor, tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  await executor.execute(sql`select pg_notify(${CACHE_CHANNEL}, ${JSON.stringify({ tags: [...new Set(tags)] })})`);
}

export function notifyPagesChanged(executor: Executor, pageIds: string[]): Promise<void> {
  return notifyTagsChanged(executor, pageIds.map(pageTag));
}

/** Marks stale every page that shows this check (call before deleting it: components cascade). */
export async function notifyPagesShowingCheck(executor: Executor, checkId: string): Promise<void> {
  const rows = await executor.execute<{ page_id: string }>(sql`select distinct page_id from page_components where check_id = ${checkId}`);
  await notifyPagesChanged(executor, rows.rows.map((r) => r.page_id));
}
