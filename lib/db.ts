import "server-only";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import * as schema from "@/db/schema";
import { databaseUrl } from "@/lib/env";

export type Database = NodePgDatabase<typeof schema>;

type Handle = { pool: Pool; db: Database };
const globalForDb = globalThis as unknown as { pingpageDb?: Handle };

function connect(): Handle {
  const pool = new Pool({ connectionString: databaseUrl(), max: 10 });
  pool.on("error", (error) => console.error("[db] idle client error", error));
  return { pool, db: drizzle(pool, { schema }) };
}

/** One pool per process, kept across Next's hot reloads. */
function handle(): Handle {
  globalForDb.pingpageDb ??= connect();
  return globalForDb.pingpageDb;
}

export const db: Database = new Proxy({} as Database, {
  get: (_target, prop) => Reflect.get(handle().db, prop),
});

export function pool(): Pool {
  return handle().pool;
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.pingpageDb;
  globalForDb.pingpageDb = undefined;
  await current?.pool.end();
}
