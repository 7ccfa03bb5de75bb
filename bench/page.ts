import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { Pool } from "undici";
import { z } from "zod";
import { buildIfNeeded } from "@/bin/build-if-needed";
import { startEmbeddedPostgres } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool as PgPool } from "pg";
import * as schema from "@/db/schema";
import { seedBenchPage } from "./page-seed";
import { startNext, stopNext } from "./page-server";
import { measure, round } from "./probe-stats";

/**
 * A status page of 20 components with 90 days of history, served by the production build, against
 * the same page's HTML saved as a static file and served by the same server (the ceiling). 100
 * concurrent visitors on loopback, bounded in time. Prints one JSON line.
 * Usage: npm run bench:page -- [--seconds 10] [--concurrency 100]
 * Ports: BENCH_PORT (default 3990) and BENCH_PG_PORT (default 54399); data in .data/bench.
 */
const args = z
  .object({
    seconds: z.coerce.number().positive().max(60).default(10),
    concurrency: z.coerce.number().int().min(1).max(1_000).default(100),
    port: z.coerce.number().int().default(3990),
    pgPort: z.coerce.number().int().default(54399),
  })
  .parse({ ...parseArgs({ options: { seconds: { type: "string" }, concurrency: { type: "string" } } }).values, port: process.env.BENCH_PORT, pgPort: process.env.BENCH_PG_PORT });

const STATIC_FILE = path.join("public", "bench-static-page.html");

async function load(port: number, urlPath: string) {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: args.concurrency, pipelining: 1 });
  let bytes = 0;
  const visit = async () => {
    const started = performance.now();
    const response = await pool.request({ path: urlPath, method: "GET" });
    const body = await response.body.arrayBuffer();
    if (response.statusCode !== 200) return null;
    bytes = body.byteLength;
    return performance.now() - started;
  };
  await measure(args.concurrency, Math.min(3, args.seconds), visit);
  const stats = await measure(args.concurrency, args.seconds, visit);
  await pool.close();
  return { ...stats, bytes };
}

async function main() {
  const database = await startEmbeddedPostgres({ dataDir: ".data/bench", port: args.pgPort, database: "pingpage_bench" });
  let server: Awaited<ReturnType<typeof startNext>> | undefined;
  try {
    await migrateDatabase(database.url);
    const pgPool = new PgPool({ connectionString: database.url, max: 2 });
    const { slug } = await seedBenchPage(drizzle(pgPool, { schema }), 20);
    await pgPool.end();
    fs.rmSync(STATIC_FILE, { force: true });
    buildIfNeeded();
    const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: "bench-secret-not-for-production", NEXTAUTH_URL: `http://127.0.0.1:${args.port}`, PORT: String(args.port), NODE_ENV: "production" as const };

    // Next lists public/ files when it starts, so the saved copy is served by a second start.
    server = await startNext(args.port, env);
    const html = await (await fetch(`http://127.0.0.1:${args.port}/s/${slug}`)).text();
    await stopNext(server);
    fs.mkdirSync("public", { recursive: true });
    fs.writeFileSync(STATIC_FILE, html);
    server = await startNext(args.port, env);

    const staticFile = await load(args.port, `/${path.basename(STATIC_FILE)}`);
    const page = await load(args.port, `/s/${slug}`);
    const ratio = round(page.probesPerSec / staticFile.probesPerSec);
    console.log(
      JSON.stringify({
        components: 20,
        days: 90,
        concurrency: args.concurrency,
        seconds: args.seconds,
        page: { rps: page.probesPerSec, p50Ms: page.p50Ms, p99Ms: page.p99Ms, errors: page.errors, bytes: page.bytes },
        static: { rps: staticFile.probesPerSec, p50Ms: staticFile.p50Ms, p99Ms: staticFile.p99Ms, errors: staticFile.errors, bytes: staticFile.bytes },
        ratio,
        targetsMet: { ratioAtLeast80Percent: ratio >= 0.8, p99AtMost25Ms: page.p99Ms <= 25 },
      }),
    );
  } finally {
    if (server) await stopNext(server);
    fs.rmSync(STATIC_FILE, { force: true });
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
