import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db";

type Executor = Pick<Database, "execute">;

/** Heartbeat and composite checks are evaluated from stored state: they get no probe jobs. */
export function isProbed(type: string): boolean {
  return type !== "heartbeat" && type !== "composite";
}

export function checkJobKey(checkId: string): string {
  return `check:${checkId}`;
}

/**
 * Queues the check's next run. Runs in the caller's transaction, so a check and its job are
 * committed together; the job key keeps exactly one pending run per check.
 */
export async function scheduleCheckRun(executor: Executor, checkId: string, runAt: Date): Promise<void> {
  await executor.execute(sql`
    select graphile_worker.add_job(
      'check__run',
      json_build_object('checkId', ${checkId}::text, 'scheduledAt', ${runAt.toISOString()}::text),
      run_at := ${runAt.toISOString()}::timestamptz,
      job_key := ${checkJobKey(checkId)},
      job_key_mode := 'replace',
      max_attempts := 3
    )`);
}

export async function unscheduleCheck(executor: Executor, checkId: string): Promise<void> {
  await executor.execute(sql`select graphile_worker.remove_job(${checkJobKey(checkId)})`);
}
