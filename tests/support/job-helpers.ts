import type { JobHelpers } from "graphile-worker";
import { Logger } from "graphile-worker";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

const quiet = new Logger(() => () => {});

/**
 * What graphile-worker hands a task on its `attempts`-th try of the job queued for `key`: the real
 * job row, as the worker's get_job would have counted it. Tasks here only read `job` and `logger`.
 */
export async function helpersForJob(jobKey: string, attempts: number): Promise<JobHelpers> {
  const { rows } = await db.execute<Record<string, unknown>>(sql`select * from graphile_worker.jobs where key = ${jobKey}`);
  const job = rows[0];
  if (!job) throw new Error(`no job with key ${jobKey}`);
  return { job: { ...job, attempts }, logger: quiet } as unknown as JobHelpers;
}
