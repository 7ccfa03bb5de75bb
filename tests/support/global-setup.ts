import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";
import { acquireRunLock } from "./run-lock";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// Not the port or data directory that `npm start` (54329, .data) or the e2e server (54349, .data/e2e) use.
const TEST_PG_PORT = Number(process.env.TEST_PG_PORT ?? 54339);
const TEST_DATA_DIR = ".data/test";

/**
 * Runs once per `vitest run`: DATABASE_URL's server when set, else an embedded PostgreSQL of its own.
 * Workers are forked after this returns and inherit process.env, so lib/env sees the URL there too.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedDatabase | undefined;
  let releaseLock: (() => void) | undefined;
  let url = process.env.DATABASE_URL;
  try {
    if (!url) {
      releaseLock = await acquireRunLock(TEST_DATA_DIR);
      embedded = await startEmbeddedPostgres({ dataDir: TEST_DATA_DIR, port: TEST_PG_PORT, database: "pingpage_test" });
      url = embedded.url;
    }
    await migrateDatabase(url);
  } catch (error) {
    await embedded?.stop();
    releaseLock?.();
    throw error;
  }

  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET ??= "vitest-secret-not-for-production";
  // A fixed key only for tests (32 bytes, base64): secrets are sealed at rest like in production.
  process.env.PINGPAGE_SECRET_KEY ??= Buffer.alloc(32, "vitest-secret-key").toString("base64");
  project.provide("databaseUrl", url);

  return async () => {
    await embedded?.stop();
    releaseLock?.();
  };
}
