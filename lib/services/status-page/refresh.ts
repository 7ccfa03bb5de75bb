import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db";
import type { DomainEvent } from "@/lib/events/types";
import { notifyPagesChanged } from "./notify";

type Executor = Pick<Database, "execute">;

/** The pages an event shows on: those with a component for the check, or the event's own page. */
async function pagesOf(executor: Executor, event: DomainEvent): Promise<string[]> {
  if (event.type !== "check.status_changed") return [event.pageId];
  const rows = await executor.execute<{ page_id: string }>(sql`select distinct page_id from page_components where check_id = ${event.checkId}`);
  return rows.rows.map((row) => row.page_id);
}

/** Marks stale the cached pages that show what changed (delivered to web processes on commit). */
export async function refreshPagesFor(executor: Executor, event: DomainEvent): Promise<void> {
  await notifyPagesChanged(executor, await pagesOf(executor, event));
}
