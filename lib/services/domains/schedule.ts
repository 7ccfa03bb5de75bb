import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db";

type Executor = Pick<Database, "execute">;

export const domainJobKey = (domainId: string) => `domain:${domainId}`;

/** One pending DNS check per domain; a new request replaces the scheduled one. */
export async function scheduleDomainCheck(executor: Executor, domainId: string, runAt: Date): Promise<void> {
  await executor.execute(sql`
    select graphile_worker.add_job(
      'domain__verify',
      json_build_object('domainId', ${domainId}::text),
      run_at := ${runAt.toISOString()}::timestamptz,
      job_key := ${domainJobKey(domainId)},
      job_key_mode := 'replace',
      max_attempts := 3
    )`);
}

/** Unverified: 1, 2, 4 … minutes, at most an hour apart. Verified: every 6 hours, to notice a removed record. */
export function nextCheckDelayMs(verified: boolean, failedAttempts: number): number {
  if (verified) return 6 * 3_600_000;
  return Math.min(60_000 * 2 ** Math.max(0, failedAttempts - 1), 3_600_000);
}
