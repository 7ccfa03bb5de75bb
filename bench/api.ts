import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool as PgPool } from "pg";
import { Pool } from "undici";
import { z } from "zod";
import { buildIfNeeded } from "@/bin/build-if-needed";
import { startEmbeddedPostgres } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";
import { apiTokens, checks, users, workspaceMembers, workspaces } from "@/db/schema";
import { newApiTokenSecret } from "@/lib/services/api-tokens/secret";
import { startWeb, stopWeb } from "./page-server";
import { measure } from "./probe-stats";

/**
 * GET /api/v1/checks?limit=100 with a bearer token (100 checks: auth, rate-limit counter, query,
 * ETag) against /api/health, both served by the production web process in the same run, at 50
 * concurrent clients on loopback, bounded in time. Prints one JSON line.
 * Usage: npm run bench:api -- [--seconds 10] [--concurrency 50]
 */
const args = z
  .object({
    seconds: z.coerce.number().positive().max(60).default(10),
    concurrency: z.coerce.number().int().min(1).max(1_000).default(50),
    port: z.coerce.number().int().default(3991),
    pgPort: z.coerce.number().int().default(54398),
  })
  .parse({ ...parseArgs({ options: { seconds: { type: "string" }, concurrency: { type: "string" } } }).values, port: process.env.BENCH_PORT, pgPort: process.env.BENCH_PG_PORT });

async function seed(url: string): Promise<string> {
  const pool = new PgPool({ connectionString: url, max: 2 });
  const db = drizzle(pool, { schema });
  const [user] = await db.insert(users).values({ email: `bench-${randomUUID()}@example.test`, name: "Bench" }).returning();
  const [workspace] = await db.insert(workspaces).values({ name: "Bench API" }).returning();
  await db.insert(workspaceMembers).values({ workspaceId: workspace!.id, userId: user!.id, role: "owner" });
  await db.insert(checks).values(
    Array.from({ length: 100 }, (_, i) => ({ workspaceId: workspace!.id, name: `Service ${i + 1}`, type: "http" as const, config: { type: "http", url: `https://example.com/${i}`, method: "GET", assertions: [] }, intervalSeconds: 60, paused: true, status: "paused" as const })),
  );
  const secret = newApiTokenSecret();
  await db.insert(apiTokens).values({ workspaceId: workspace!.id, name: "bench", tokenHash: secret.hash, prefix: secret.prefix, role: "owner", scopes: ["read"], createdBy: user!.id });
  await pool.end();
  return secret.token;
}

async function load(urlPath: string, headers: Record<string, string> = {}) {
  const pool = new Pool(`http://127.0.0.1:${args.port}`, { connections: args.concurrency, pipelining: 1 });
  const visit = async () => {
    const started = performance.now();
    const response = await pool.request({ path: urlPath, method: "GET", headers });
    await response.body.arrayBuffer();
    return response.statusCode === 200 ? performance.now() - started : null;
  };
  await measure(args.concurrency, Math.min(3, args.seconds), visit);
  const { probesPerSec: rps, p50Ms, p99Ms, errors } = await measure(args.concurrency, args.seconds, visit);
  await pool.close();
  return { rps, p50Ms, p99Ms, errors };
}

async function main() {
  const database = await startEmbeddedPostgres({ dataDir: ".data/bench", port: args.pgPort, database: "pingpage_bench" });
  let server: Awaited<ReturnType<typeof startWeb>> | undefined;
  try {
    await migrateDatabase(database.url);
    const token = await seed(database.url);
    buildIfNeeded();
    server = await startWeb(args.port, {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: "bench-secret-not-for-production",
      PINGPAGE_SECRET_KEY: Buffer.alloc(32, "bench-secret-key").toString("base64"),
      NEXTAUTH_URL: `http://127.0.0.1:${args.port}`,
      PORT: String(args.port),
      NODE_ENV: "production" as const,
      // The bench measures the API, not its limiter refusing it.
      API_RATE_LIMIT: "1000000",
    });
    const api = await load("/api/v1/checks?limit=100", { authorization: `Bearer ${token}` });
    const health = await load("/api/health");
    console.log(JSON.stringify({ concurrency: args.concurrency, seconds: args.seconds, checks: 100, api, health, ratio: Math.round((api.rps / health.rps) * 1000) / 1000 }));
  } finally {
    if (server) await stopWeb(server);
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
