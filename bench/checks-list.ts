import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { workspaces } from "@/db/schema";
import { closeDb, db } from "@/lib/db";
import { checkListQuery } from "@/lib/schemas/check-list";
import { listCheckPage } from "@/lib/services/checks/list";
import { sparklines } from "@/lib/services/uptime/sparkline";

/**
 * How fast the checks list is with a thousand checks: seeds one workspace with N checks (a day of
 * hour rollups each, 5 tags), times one page of the list per search, filter and sort, prints one
 * JSON line (median ms per page), and deletes what it made.
 * Usage: DATABASE_URL=… node --conditions=react-server --import tsx bench/checks-list.ts -- [--checks 1000]
 */
const args = z
  .object({ checks: z.coerce.number().int().min(1).max(10_000).default(1_000), repeat: z.coerce.number().int().min(1).max(1_000).default(20) })
  .parse(parseArgs({ options: { checks: { type: "string" }, repeat: { type: "string" } }, allowPositionals: true }).values);

async function seed(workspaceId: string): Promise<void> {
  await db.execute(sql`
    insert into checks (workspace_id, name, type, config, interval_seconds, status, last_run_at, last_latency_ms)
    select ${workspaceId}::uuid, 'bench ' || n, 'http', jsonb_build_object('type', 'http', 'url', 'https://site-' || n || '.example.com/'), 60,
      (array['up', 'down', 'degraded', 'pending', 'paused'])[1 + n % 5]::check_status, now() - n * interval '1 second', n % 700
    from generate_series(1, ${args.checks}) n`);
  await db.execute(sql`
    insert into check_rollups (check_id, resolution, bucket_start, runs, successes, latency_sum)
    select c.id, 'hour'::rollup_resolution, date_trunc('hour', now()) - h * interval '1 hour', 60, 60 - (random() * 3)::int, 60 * 40
    from checks c, generate_series(0, 23) h where c.workspace_id = ${workspaceId}::uuid`);
  await db.execute(sql`insert into tags (workspace_id, name, colour) select ${workspaceId}::uuid, 'tag ' || n, 'blue' from generate_series(1, 5) n`);
  await db.execute(sql`
    insert into check_tags (check_id, tag_id)
    select c.id, t.id from checks c join tags t on t.workspace_id = c.workspace_id
    where c.workspace_id = ${workspaceId}::uuid and (hashtext(c.id::text) & 3) = 0`);
  await db.execute(sql`analyze checks; analyze check_tags; analyze check_rollups`);
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < args.repeat; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}

async function main() {
  const [workspace] = await db.insert(workspaces).values({ name: "bench checks list" }).returning();
  const ctx = { userId: "00000000-0000-0000-0000-000000000000", workspaceId: workspace!.id, role: "owner" as const };
  try {
    await seed(ctx.workspaceId);
    const [tag] = (await db.execute<{ id: string }>(sql`select id from tags where workspace_id = ${ctx.workspaceId}::uuid limit 1`)).rows;
    const queries: Record<string, Record<string, string>> = {
      name: {},
      last_page: { page: String(Math.ceil(args.checks / 50)) },
      search: { q: "site-99" },
      state_down: { state: "down" },
      tag: { tag: tag!.id },
      sort_state: { sort: "state" },
      sort_last_run: { sort: "last_run" },
      sort_latency: { sort: "latency", dir: "desc" },
      sort_uptime: { sort: "uptime" },
    };
    const figures: Record<string, number> = {};
    for (const [name, input] of Object.entries(queries)) figures[name] = await median(() => listCheckPage(ctx, checkListQuery.parse(input)));
    const page = await listCheckPage(ctx, checkListQuery.parse({}));
    figures.sparklines_page = await median(() => sparklines(ctx, { checkIds: page.checks.map((c) => c.id) }));
    console.log(JSON.stringify({ checks: args.checks, medianMs: figures }));
  } finally {
    await db.delete(workspaces).where(eq(workspaces.id, ctx.workspaceId));
    await closeDb();
  }
}

void main();
