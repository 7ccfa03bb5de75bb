import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { Logger, runMigrations } from "graphile-worker";
import { Client } from "pg";

const LOCK_KEY = 7_215_334_001; // any constant; shared by every Pingpage process

/**
 * Applies Drizzle's SQL migrations and graphile-worker's schema under one advisory lock,
 * so web and worker processes starting together never race.
 */
export async function migrateDatabase(connectionString: string): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [LOCK_KEY]);
    await migrate(drizzle(client), { migrationsFolder: path.join(process.cwd(), "db/migrations") });
    await runMigrations({ connectionString, logger: quietLogger() });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

function quietLogger(): Logger {
  return new Logger(() => (level, message) => {
    if (level === "error" || level === "warning") console.error(`[migrate] ${message}`);
  });
}
