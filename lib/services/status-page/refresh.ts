import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db";
import type { DomainEvent } from "@/lib/events/types";
import { domainTag, pageTag, slugTag } from "@/lib/status-page/tags";
import { notifyTagsChanged } from "./notify";

type Executor = Pick<Database, "execute">;

/**
 * The cache tags an event makes stale: the pages showing a check, or the event's own page, plus
 * the addresses (slugs, hostnames) whose answer changed with it.
 */
export async function tagsOf(executor: Executor, event: DomainEvent): Promise<string[]> {
  switch (event.type) {
    case "check.status_changed": {
      const rows = await executor.execute<{ page_id: string }>(sql`select distinct page_id from page_components where check_id = ${event.checkId}`);
      return rows.rows.map((row) => pageTag(row.page_id));
    }
    case "page.changed":
      return [pageTag(event.pageId), ...(event.slugs ?? []).map(slugTag), ...(event.hostnames ?? []).map(domainTag)];
    case "domain.verified":
      return [pageTag(event.pageId), domainTag(event.hostname)];
    default:
      return [pageTag(event.pageId)];
  }
}

/**
 * The one place a status page's cache is refreshed (worker/tasks/pages__refresh.ts): a single
 * NOTIFY per event, delivered to every web process on commit (lib/cache/listener.ts), which
 * revalidates Next's cache and purges the HTML cache in front of it.
 */
export async function refreshPagesFor(executor: Executor, event: DomainEvent): Promise<void> {
  await notifyTagsChanged(executor, await tagsOf(executor, event));
}
