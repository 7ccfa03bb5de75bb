import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { checks } from "@/db/schema";

/**
 * Whose figures may be read: a dashboard passes its Ctx, a public status page the workspace of the
 * page. Every query joins `checks c` and filters on it, so a foreign check id matches nothing.
 */
export type UptimeScope = { workspaceId: string };

export type UptimeQuery = {
  /** Only these checks; every check of the workspace when absent. */
  checkIds?: string[];
  /** The clock, for tests and for consistent figures across one page render. */
  now?: Date;
};

export function scopedChecks(scope: UptimeScope, checkIds: string[] | undefined): SQL {
  const ids = checkIds ? sql` and c.id in (${sql.join(checkIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  return sql`c.workspace_id = ${scope.workspaceId}::uuid${ids}`;
}

export function iso(at: Date): SQL {
  return sql`${at.toISOString()}::timestamptz`;
}

/** The same filter for the query builder (which maps timestamps to Dates; raw rows carry strings). */
export function inScope(scope: UptimeScope, checkIds: string[] | undefined): SQL | undefined {
  return and(eq(checks.workspaceId, scope.workspaceId), checkIds ? inArray(checks.id, checkIds) : undefined);
}
