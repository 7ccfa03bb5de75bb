/**
 * A worker process. Any number of them, on any machines and in any regions, share the checks.
 *
 * Design (figures: 1,000 runs/s, runs start within 100 ms of their slot, ≤ 1 ms of CPU per run):
 * - Schedule: each probed check has a `check_schedules` row per region it runs in (`*` when not
 *   pinned) holding its next slot. Slots sit on a grid of the interval shifted by a hash of the
 *   check id, so checks spread over their interval. Creating or editing a check makes it due now.
 * - Dispatch: graphile-worker jobs are batches, not runs. Each region has a chain of
 *   `checks__dispatch:<region>` jobs, one per second, each queuing the next. The job claims the
 *   slots due in the next 5 s (`FOR UPDATE SKIP LOCKED`, advancing each row to its next slot in
 *   the same statement, so a slot goes to exactly one worker) and records them as a lease.
 * - Run: the claiming process arms a local timer per slot, so a run starts on time whatever the
 *   job poll interval, and writes finished runs in batches (one insert, one state update).
 * - Failure: workers heartbeat in `scheduler_workers`. A worker silent for WORKER_LIVENESS_SECONDS
 *   is deleted by the next dispatch of its region, which takes its leases over and runs the slots
 *   that were never recorded. A worker whose row is gone records nothing (recordBatch checks), so
 *   no run is recorded twice.
 * - Changes: editing, pausing or deleting a check rewrites its schedule rows and NOTIFYs workers,
 *   which drop the check's armed slots at once.
 */
import { EventEmitter } from "node:events";
import { Logger, run, type TaskList, type WorkerEvents } from "graphile-worker";
import { secretBox } from "@/lib/crypto/secret-box";
import { closeDb } from "@/lib/db";
import { followPrivateTargets } from "@/lib/services/instance/follow-private-targets";
import { checkDnsServers, databaseUrl, env } from "@/lib/env";
import { crontab, dispatchTaskName } from "@/lib/jobs/registry";
import { SchedulerRuntime } from "./scheduler/runtime";
import { timing } from "./scheduler/timing";
import { checksDispatch } from "./tasks/checks__dispatch";
import { tasks } from "./tasks";

/** Jobs are short batches: a few at a time, so a slow rollup never holds up the next dispatch. */
const jobConcurrency = 4;
const shutdownGraceMs = 10_000;

/** graphile-worker logs every job at info level; at one dispatch a second only problems matter. */
const logger = new Logger(() => (level, message) => {
  if (level === "error") console.error(`[worker] ${message}`);
  else if (level === "warning") console.warn(`[worker] ${message}`);
});

async function main() {
  // Fails here, saying how to fix it, rather than on the first check with credentials.
  secretBox();
  const privateTargets = await followPrivateTargets();
  const runtime = new SchedulerRuntime({
    region: env.WORKER_REGION,
    pinnedOnly: env.WORKER_PINNED_ONLY,
    concurrency: env.WORKER_CONCURRENCY,
    livenessSeconds: env.WORKER_LIVENESS_SECONDS,
    allowPrivateTargets: privateTargets.current,
    // A self-hoster's own resolver answers for `localhost` and LAN names; public ones do not.
    dnsServers: () => checkDnsServers({ ...env, ALLOW_PRIVATE_TARGETS: privateTargets.current() }),
    logTimings: env.WORKER_LOG_TIMINGS,
  });
  await runtime.start();
  const taskList: TaskList = { [dispatchTaskName(env.WORKER_REGION)]: checksDispatch(runtime), ...tasks };
  // The job pool's id goes on this worker's row, so whoever reaps it unlocks its jobs at once.
  const events: WorkerEvents = new EventEmitter();
  events.on("pool:create", ({ workerPool }) => {
    runtime.adoptJobPool(workerPool.id).catch((error: unknown) => console.error("[worker] could not record the job pool", error));
  });
  const runner = await run({
    events,
    connectionString: databaseUrl(),
    concurrency: jobConcurrency,
    pollInterval: timing.pollIntervalMs,
    noHandleSignals: true,
    logger,
    taskList,
    crontab: crontab(),
  });
  console.log(
    `[worker] ${runtime.workerId} started (region ${env.WORKER_REGION}${env.WORKER_PINNED_ONLY ? ", pinned checks only" : ""}, ` +
      `${env.WORKER_CONCURRENCY} probes at once)`,
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await runner.stop();
    await runtime.stop(shutdownGraceMs);
    await closeDb();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  await runner.promise;
}

main().catch((error: unknown) => {
  console.error("[worker] fatal", error);
  process.exit(1);
});
