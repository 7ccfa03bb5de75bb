import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { checks } from "@/db/schema";
import { db } from "@/lib/db";
import { CHECKS_PAGE_SIZE, type CheckListQuery } from "@/lib/schemas/check-list";
import type { Ctx } from "../context";
import { uuidArray } from "../sql-arrays";

type Row = {
  id: string;
  name: string;
  type: string;
  status: string;
  paused: boolean;
  config: unknown;
  interval_seconds: number;
  last_run_at: string | null;
  last_latency_ms: number | null;
  last_error: string | null;
  total: number;
};

export type CheckListRow = Omit<Row, "total" | "interval_seconds" | "last_run_at" | "last_latency_ms" | "last_error"> & {
  intervalSeconds: number;
  lastRunAt: Date | null;
  lastLatencyMs: number | null;
  lastError: string | null;
};

/** What a person means by a check's target: its URL or host, whatever the type calls it. */
const target = sql`coalesce(c.config->>'url', c.config->>'host', c.config->>'hostname', '')`;

/** Worst first: what needs a look sorts to the top. */
const severity = sql`case c.status when 'down' then 0 when 'degraded' then 1 when 'pending' then 2 when 'up' then 3 else 4 end`;

/** Uptime over the last 24 hour rollups: only computed when the list sorts by it. */
const uptime24 = sql`(select sum(r.successes)::float8 / nullif(sum(r.runs), 0) from check_rollups r
  where r.check_id = c.id and r.resolution = 'hour' and r.bucket_start > now() - interval '24 hours')`;

function orderBy(query: CheckListQuery): SQL {
  const desc = query.dir === "desc";
  const dir = sql.raw(desc ? "desc" : "asc");
  const nulls = sql.raw("nulls last");
  const byName = sql`lower(c.name) ${dir}, c.id`;
  switch (query.sort ?? "name") {
    case "name":
      return byName;
    case "state":
      return sql`${severity} ${dir}, lower(c.name), c.id`;
    case "last_run":
      // Most recent first unless asked otherwise: "last run" reads as "what ran lately".
      return sql`c.last_run_at ${sql.raw(query.dir === "asc" ? "asc" : "desc")} ${nulls}, lower(c.name), c.id`;
    case "uptime":
      return sql`${uptime24} ${dir} ${nulls}, lower(c.name), c.id`;
    case "latency":
      return sql`c.last_latency_ms ${dir} ${nulls}, lower(c.name), c.id`;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * One page of the workspace's checks with the list's search, filters and sort, and the number of
 * matching checks, in one query (the count is a window over the filtered rows, before the limit).
 */
export async function listCheckPage(ctx: Ctx, query: CheckListQuery, pageSize = CHECKS_PAGE_SIZE) {
  const where: SQL[] = [sql`c.workspace_id = ${ctx.workspaceId}::uuid`];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    where.push(sql`(c.name ilike ${pattern} or ${target} ilike ${pattern})`);
  }
  if (query.state) where.push(sql`c.status = ${query.state}`);
  if (query.type) where.push(sql`c.type = ${query.type}`);
  if (query.tag) where.push(sql`exists (select 1 from check_tags ct where ct.check_id = c.id and ct.tag_id = ${query.tag}::uuid)`);
  const page = query.page ?? 1;
  const result = await db.execute<Row>(sql`
    select c.id, c.name, c.type, c.status, c.paused, c.config, c.interval_seconds, c.last_run_at, c.last_latency_ms, c.last_error,
      count(*) over ()::int as total
    from checks c
    where ${sql.join(where, sql` and `)}
    order by ${orderBy(query)}
    limit ${pageSize} offset ${(page - 1) * pageSize}`);
  const total = result.rows[0]?.total ?? (page > 1 ? await countMatching(where) : 0);
  const checks: CheckListRow[] = result.rows.map((row) => ({
    id: row.id,
    name: row.name,
    type: row.type,
    status: row.status,
    paused: row.paused,
    config: row.config,
    intervalSeconds: row.interval_seconds,
    lastRunAt: row.last_run_at ? new Date(row.last_run_at) : null,
    lastLatencyMs: row.last_latency_ms,
    lastError: row.last_error,
  }));
  return { checks, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Past the last page the window has no row to ride on; the pager still needs the total. */
async function countMatching(where: SQL[]): Promise<number> {
  const result = await db.execute<{ total: number }>(sql`select count(*)::int as total from checks c where ${sql.join(where, sql` and `)}`);
  return result.rows[0]?.total ?? 0;
}

export type CheckLiveState = { id: string; status: string; lastRunAt: string | null; lastLatencyMs: number | null; lastError: string | null };

/** The fields the live list refreshes, for these checks of this workspace only. */
export async function checkLiveStates(ctx: Ctx, checkIds: string[]): Promise<CheckLiveState[]> {
  if (checkIds.length === 0) return [];
  const result = await db.execute<{ id: string; status: string; last_run_at: string | null; last_latency_ms: number | null; last_error: string | null }>(sql`
    select id, status, last_run_at, last_latency_ms, last_error from checks
    where workspace_id = ${ctx.workspaceId}::uuid and id = any(${uuidArray(checkIds)})`);
  return result.rows.map((row) => ({
    id: row.id,
    status: row.status,
    lastRunAt: row.last_run_at ? new Date(row.last_run_at).toISOString() : null,
    lastLatencyMs: row.last_latency_ms,
    lastError: row.last_error,
  }));
}

/** Whether the workspace has any check at all: the empty list teaches only on a first visit. */
export async function hasAnyCheck(ctx: Ctx): Promise<boolean> {
  const rows = await db.select({ id: checks.id }).from(checks).where(eq(checks.workspaceId, ctx.workspaceId)).limit(1);
  return rows.length > 0;
}
