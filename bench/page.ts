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
import { FILL_HEADER } from "@/lib/cache/html-cache-rules";
import { startWeb, stopWeb } from "./page-server";
import { measure, round } from "./probe-stats";

/**
 * A status page of 20 components with 90 days of history, served by the production web process
 * (bin/web.ts), against the same page's HTML saved as a static file and served by the same server
 * (the ceiling). Also measures Next's own ISR path for the page, past the HTML cache in front of
 * it. 100 concurrent visitors on loopback, bounded in time. Prints one JSON line.
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

async function load(port: number, urlPath: string, headers: Record<string, string> = {}) {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: args.concurrency, pipelining: 1 });
  let bytes = 0;
  let fromHtmlCache = 0;
  const visit = async () => {
    const started = performance.now();
    const response = await pool.request({ path: urlPath, method: "GET", headers });
    const body = await response.body.arrayBuffer();
    if (response.statusCode !== 200) return null;
    bytes = body.byteLength;
    if (response.headers["x-pingpage-cache"] === "hit") fromHtmlCache += 1;
    return performance.now() - started;
  };
  await measure(args.concurrency, Math.min(3, args.seconds), visit);
  fromHtmlCache = 0;
  const stats = await measure(args.concurrency, args.seconds, visit);
  await pool.close();
  const { probesPerSec: rps, p50Ms, p99Ms, errors } = stats;
  return { rps, p50Ms, p99Ms, errors, bytes, fromHtmlCache: round(fromHtmlCache / Math.max(1, stats.probes - errors)) };
}

async function main() {
  const database = await startEmbeddedPostgres({ dataDir: ".data/bench", port: args.pgPort, database: "pingpage_bench" });
  let server: Awaited<ReturnType<typeof startWeb>> | undefined;
  try {
    await migrateDatabase(database.url);
    const pgPool = new PgPool({ connectionString: database.url, max: 2 });
    const { slug } = await seedBenchPage(drizzle(pgPool, { schema }), 20);
    await pgPool.end();
    fs.rmSync(STATIC_FILE, { force: true });
    buildIfNeeded();
    const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: "bench-secret-not-for-production", PINGPAGE_SECRET_KEY: Buffer.alloc(32, "bench-secret-key").toString("base64"), NEXTAUTH_URL: `http://127.0.0.1:${args.port}`, PORT: String(args.port), NODE_ENV: "production" as const };

    // Next lists public/ files when it starts, so the saved copy is served by a second start.
    server = await startWeb(args.port, env);
    const html = await (await fetch(`http://127.0.0.1:${args.port}/s/${slug}`)).text();
    await stopWeb(server);
    fs.mkdirSync("public", { recursive: true });
    fs.writeFileSync(STATIC_FILE, html);
    server = await startWeb(args.port, env);

    const staticFile = await load(args.port, `/${path.basename(STATIC_FILE)}`);
    const page = await load(args.port, `/s/${slug}`);
    const nextIsr = await load(args.port, `/s/${slug}`, { [FILL_HEADER]: "1" });
    const ratio = round(page.rps / staticFile.rps);
    console.log(
      JSON.stringify({
        components: 20,
        days: 90,
        concurrency: args.concurrency,
        seconds: args.seconds,
        page,
        static: staticFile,
        nextIsr,
        ratio,
        targetsMet: { ratioAtLeast80Percent: ratio >= 0.8, p99AtMost25Ms: page.p99Ms <= 25 },
      }),
    );
  } finally {
    if (server) await stopWeb(server);
    fs.rmSync(STATIC_FILE, { force: true });
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
