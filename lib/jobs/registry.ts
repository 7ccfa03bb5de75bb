import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db";

/**
 * Every graphile-worker task name with the zod schema of its payload. The code that enqueues and
 * the task that runs share this table, so neither can drift from the other.
 */
export const jobs = {
  email__send: z.object({ emailId: z.string().uuid() }),
} as const;

export type JobName = keyof typeof jobs;
export type JobPayload<N extends JobName> = z.input<(typeof jobs)[N]>;

export type JobOptions = {
  /** At most one pending job per key; see graphile-worker's job_key_mode. */
  jobKey?: string;
  jobKeyMode?: "replace" | "preserve_run_at" | "unsafe_dedupe";
  runAt?: Date;
  maxAttempts?: number;
  queueName?: string;
  priority?: number;
};

/** A Drizzle database or transaction: pass the caller's transaction so the job commits with it. */
export type JobExecutor = Pick<Database, "execute">;

/** Queues a job in the executor's transaction; the payload is checked against the registry first. */
export async function enqueue<N extends JobName>(
  executor: JobExecutor,
  name: N,
  payload: JobPayload<N>,
  options: JobOptions = {},
): Promise<void> {
  const parsed = jobs[name].parse(payload);
  await executor.execute(sql`
    select graphile_worker.add_job(
      ${name}::text,
      ${JSON.stringify(parsed)}::json,
      queue_name := ${options.queueName ?? null}::text,
      run_at := ${options.runAt?.toISOString() ?? null}::timestamptz,
      max_attempts := ${options.maxAttempts ?? null}::int,
      job_key := ${options.jobKey ?? null}::text,
      priority := ${options.priority ?? null}::int,
      job_key_mode := ${options.jobKeyMode ?? "replace"}::text
    )`);
}

/** The first line of every task: jobs added by old code or by hand do not match our types. */
export function parseJobPayload<N extends JobName>(name: N, raw: unknown): z.output<(typeof jobs)[N]> {
  const parsed = jobs[name].safeParse(raw);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`).join("; ");
    throw new Error(`${name}: malformed payload (${fields})`);
  }
  return parsed.data;
}
