import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { workspaces } from "@/db/schema";
import { closeDb, db } from "@/lib/db";
import { dailyBars } from "@/lib/services/uptime/daily";
import { sparklines } from "@/lib/services/uptime/sparkline";
import { uptimeSummaries } from "@/lib/services/uptime/summary";

/**
 * How fast the dashboard's and status pages' uptime reads are with a year of rollups: seeds one
 * workspace with N checks (400 day rows, 400 days of hour rows and a week of minute rows each),
 * times the reads, prints one JSON line, and deletes what it made.
 * Usage: DATABASE_URL=… npm run bench:uptime -- [--checks 50] [--repeat 20]
 */
const args = z
  .object({ checks: z.coerce.number().int().min(1).max(1_000).default(50), repeat: z.coerce.number().int().min(1).max(1_000).default(20) })
  .parse(parseArgs({ options: { checks: { type: "string" }, repeat: { type: "string" } } }).values);

async function seed(workspaceId: string): Promise<string[]> {
  const created = await db.execute<{ id: string }>(sql`
    insert into checks (workspace_id, name, type, config, interval_seconds, paused, status)
    select ${workspaceId}::uuid, 'bench ' || n, 'http', '{"type":"http","url":"https://example.com"}'::jsonb, 60, true, 'paused'
    from generate_series(1, ${args.checks}) n returning id`);
  const ids = created.rows.map((row) => row.id);
  const now = sql`date_trunc('hour', now())`;
  await db.execute(sql`
    insert into check_rollups (check_id, resolution, bucket_start, runs, successes, latency_sum, latency_min, latency_max, latency_p95)
    select c.id, 'day'::rollup_resolution, date_trunc('day', now(), 'UTC') - d * interval '1 day', 1440, 1440 - (random() * 3)::int, 1440 * 40, 10, 400, 80
    from checks c, generate_series(0, 399) d where c.workspace_id = ${workspaceId}::uuid
    union all
    select c.id, 'hour'::rollup_resolution, ${now} - h * interval '1 hour', 60, 60 - (random() * 1.2)::int, 60 * 40, 10, 300, 80
    from checks c, generate_series(0, 400 * 24 - 1) h where c.workspace_id = ${workspaceId}::uuid
    union all
    select c.id, 'minute'::rollup_resolution, date_trunc('minute', now()) - m * interval '1 minute', 1, 1, 40, 40, 40, 40
    from checks c, generate_series(0, 7 * 1440 - 1) m where c.workspace_id = ${workspaceId}::uuid`);
  await db.execute(sql`
    insert into outages (check_id, status, started_at, ended_at, cause)
    select c.id, 'down', now() - (d * interval '1 day') - interval '3 hours', now() - (d * interval '1 day') - interval '2 hours', 'bench'
    from checks c, generate_series(1, 80, 7) d where c.workspace_id = ${workspaceId}::uuid`);
  await db.execute(sql`analyze check_rollups`);
  return ids;
}

async function time(label: string, read: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < args.repeat; i += 1) {
    const start = performance.now();
    await read();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return [label, { p50Ms: round(samples[Math.floor(samples.length / 2)]!), maxMs: round(samples.at(-1)!) }] as const;
}

async function main() {
  const [workspace] = await db.insert(workspaces).values({ name: "bench:uptime" }).returning();
  try {
    const checkIds = await seed(workspace!.id);
    const scope = { workspaceId: workspace!.id };
    const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from check_rollups r join checks c on c.id = r.check_id where c.workspace_id = ${workspace!.id}::uuid`);
    const results = Object.fromEntries([
      await time("uptime24h7d30d90d", () => uptimeSummaries(scope, { checkIds })),
      await time("dailyBars90d", () => dailyBars(scope, { checkIds, days: 90 })),
      await time("sparklines24h", () => sparklines(scope, { checkIds })),
      await time("dailyBars90dParis", () => dailyBars(scope, { checkIds, days: 90, timeZone: "Europe/Paris" })),
    ]);
    console.log(JSON.stringify({ checks: checkIds.length, rollupRows: rows.rows[0]?.n, repeat: args.repeat, ...results }));
  } finally {
    await db.delete(workspaces).where(eq(workspaces.id, workspace!.id));
    await closeDb();
  }
}

void main();
