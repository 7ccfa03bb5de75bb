import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { dispatchTaskName, jobs } from "@/lib/jobs/registry";

/** Each region's chain holds one pending link. */
export function dispatchJobKey(region: string): string {
  return dispatchTaskName(region);
}

/** Starts the region's chain unless a dispatch job is already pending (a no-op in steady state). */
export async function seedDispatch(region: string): Promise<void> {
  await db.execute(sql`
    select graphile_worker.add_job(
      ${dispatchTaskName(region)}::text,
      ${JSON.stringify(jobs.checks__dispatch.parse({ region }))}::json,
      job_key := ${dispatchJobKey(region)},
      job_key_mode := 'preserve_run_at',
      max_attempts := 1)
    where not exists (
      select 1 from graphile_worker._private_jobs where key = ${dispatchJobKey(region)} and locked_at is null)`);
}

/** Stops a region's chain (tests use one region each and end it when done). */
export async function removeDispatch(region: string): Promise<void> {
  await db.execute(sql`select graphile_worker.remove_job(${dispatchJobKey(region)})`);
}
