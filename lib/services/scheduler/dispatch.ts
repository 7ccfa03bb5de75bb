import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

/**
 * Each region has its own chain of `checks__dispatch` jobs. The task identifier carries the
 * region because graphile-worker hands a job only to workers that know its identifier, and a
 * worker registers just its own region's: a region's claims happen only on its own workers.
 */
export function dispatchTaskIdentifier(region: string): string {
  return `checks__dispatch:${region}`;
}

export function dispatchJobKey(region: string): string {
  return `checks__dispatch:${region}`;
}

/** Starts the region's chain unless a dispatch job is already pending (a no-op in steady state). */
export async function seedDispatch(region: string): Promise<void> {
  await db.execute(sql`
    select graphile_worker.add_job(
      ${dispatchTaskIdentifier(region)},
      json_build_object('region', ${region}::text),
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
