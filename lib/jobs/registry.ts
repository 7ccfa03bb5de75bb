import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db";
import {
  checkStatusChanged,
  domainEvent,
  incidentCreated,
  incidentResolved,
  incidentUpdated,
  maintenanceCompleted,
  maintenanceScheduled,
  maintenanceStarted,
} from "@/lib/events/types";

// Cron jobs carry graphile-worker's own payload ({ _cron: … }), which these ticks do not need.
const tick = z.object({});

/**
 * Every graphile-worker task name with the zod schema of its payload. The code that enqueues and
 * the task that runs share this table, so neither can drift from the other. Tasks that react to a
 * domain event take the event itself (see lib/events/subscribers.ts).
 */
export const jobs = {
  // Scheduler: a chain per region (see dispatchTaskName) and the schedule's safety net.
  checks__dispatch: z.object({ region: z.string().min(1) }),
  checks__reconcile: tick,
  // Results: rollups, retention, heartbeats and composites.
  // Runs finish up to a timeout (60 s) after they start and are written in batches: five minutes
  // of look-back recounts every bucket that can still receive a run.
  rollups__refresh: z.object({ lookbackMinutes: z.number().int().min(1).max(1_440).default(5) }),
  rollups__prune: tick,
  check_runs__prune: tick,
  heartbeats__evaluate: tick,
  composite__evaluate: z.object({ checkId: z.uuid() }),
  composites__evaluate: tick,
  // Reactions to a check changing state: one effect each.
  incidents__auto: checkStatusChanged,
  composites__follow_member: checkStatusChanged,
  pages__refresh: domainEvent,
  reactions__prune: tick,
  // Status pages: custom domains and maintenance windows.
  domain__verify: z.object({ domainId: z.uuid() }),
  maintenance__advance: z.object({ maintenanceId: z.uuid() }),
  maintenances__advance_due: tick,
  // Mail, accounts and the audit log.
  email__send: z.object({ emailId: z.uuid() }),
  // Subscribers: an event becomes one message, whose deliveries go out in keyed batches.
  subscribers__announce: z.discriminatedUnion("type", [
    incidentCreated,
    incidentUpdated,
    incidentResolved,
    maintenanceScheduled,
    maintenanceStarted,
    maintenanceCompleted,
    checkStatusChanged,
  ]),
  subscribers__deliver: z.object({ messageId: z.uuid(), batch: z.number().int().min(0) }),
  rate_limits__prune: tick,
  audit__prune: tick,
} as const;

export type JobName = keyof typeof jobs;
export type JobPayload<N extends JobName> = z.input<(typeof jobs)[N]>;
export const jobNames = Object.keys(jobs) as JobName[];

/**
 * graphile-worker hands a job only to workers that know its identifier, and a worker registers
 * just its own region's dispatch: so a region's claims happen only on its own workers.
 */
export function dispatchTaskName(region: string): `checks__dispatch:${string}` {
  return `checks__dispatch:${region}`;
}

/** The recurring jobs. `maxAttempts` 1 for minute ticks: a failed tick is simply redone by the next one. */
export const schedules: { task: JobName; pattern: string; maxAttempts: number }[] = [
  { task: "checks__reconcile", pattern: "* * * * *", maxAttempts: 1 },
  { task: "rollups__refresh", pattern: "* * * * *", maxAttempts: 1 },
  { task: "heartbeats__evaluate", pattern: "* * * * *", maxAttempts: 1 },
  // Safety net only: members' events evaluate composites at once (composites__follow_member).
  { task: "composites__evaluate", pattern: "* * * * *", maxAttempts: 1 },
  { task: "maintenances__advance_due", pattern: "* * * * *", maxAttempts: 1 },
  { task: "check_runs__prune", pattern: "17 * * * *", maxAttempts: 3 },
  { task: "rollups__prune", pattern: "23 * * * *", maxAttempts: 3 },
  { task: "rate_limits__prune", pattern: "29 * * * *", maxAttempts: 3 },
  { task: "reactions__prune", pattern: "47 * * * *", maxAttempts: 3 },
  { task: "audit__prune", pattern: "41 3 * * *", maxAttempts: 3 },
];

/** graphile-worker's crontab text for `schedules`. */
export function crontab(): string {
  return schedules.map((s) => `${s.pattern} ${s.task} ?max=${s.maxAttempts}`).join("\n");
}

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
  await enqueueAs(executor, name, name, payload, options);
}

/** As enqueue, under a task identifier that carries a suffix (the per-region dispatch chains). */
export async function enqueueAs<N extends JobName>(
  executor: JobExecutor,
  name: N,
  identifier: string,
  payload: JobPayload<N>,
  options: JobOptions = {},
): Promise<void> {
  const parsed = jobs[name].parse(payload);
  await executor.execute(sql`
    select graphile_worker.add_job(
      ${identifier}::text,
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
  return parsed.data as z.output<(typeof jobs)[N]>;
}
