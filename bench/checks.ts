import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { z } from "zod";
import { stopChild } from "@/bin/stop-child";
import { startEmbeddedPostgres } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";
import { env } from "@/lib/env";
import { subscribers } from "@/lib/events/subscribers";
import { seedChecks } from "./checks-seed";
import { lateness, outcomes, reactionLatency, recordedRuns, slotAccounting, type Window } from "./checks-report";
import { startCheckTarget, type CheckTarget } from "./checks-target";
import { cpuMsOf, machineBusyMs, peakRssMiB, processTree, pssMiB, treeCpuMs } from "./proc-stats";
import { round } from "./probe-stats";

/**
 * The scheduler end to end: its own PostgreSQL, a local target (some checks failing or flapping),
 * N checks at interval T, real worker processes for D seconds. Prints one JSON line.
 * Usage: npm run bench:checks -- [--checks 30000] [--interval 30] [--seconds 60] [--workers 2] [--warmup s]
 *        [--failing 0.05] [--flapping 0.05] [--pages true] [--pg-port n] [--profile dir] [--verbose true]
 * --pages puts the failing and flapping checks on status pages, so their reactions have effects to time.
 */
const argNames = ["checks", "interval", "seconds", "workers", "warmup", "failing", "flapping", "pages", "pg-port", "profile", "verbose"];

function renamePgPort(values: Record<string, unknown>) {
  const { "pg-port": pgPort, ...rest } = values;
  return { ...rest, pgPort };
}

const args = z
  .object({
    checks: z.coerce.number().int().min(1).max(200_000).default(30_000),
    interval: z.coerce.number().int().min(10).max(86_400).default(30),
    seconds: z.coerce.number().int().min(5).max(900).default(60),
    workers: z.coerce.number().int().min(1).max(16).default(2),
    /** Seconds before measuring; by default one interval, so each check's first run (pending to up) is behind us. */
    warmup: z.coerce.number().int().min(0).max(86_400).optional(),
    failing: z.coerce.number().min(0).max(0.5).default(0.05),
    flapping: z.coerce.number().min(0).max(0.5).default(0.05),
    pages: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
    pgPort: z.coerce.number().int().min(1).max(65_535).default(env.EMBEDDED_PG_PORT),
    /** A directory for each worker's V8 CPU profile (written when it stops). */
    profile: z.string().optional(),
    /** Show the workers' dispatch and record timings. */
    verbose: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  })
  .parse(renamePgPort(parseArgs({ options: Object.fromEntries(argNames.map((name) => [name, { type: "string" as const }])) }).values));

const reactionTasks: string[] = [...subscribers["check.status_changed"]];
const dataDir = path.join(env.PINGPAGE_DATA_DIR, "bench");
const database = "pingpage_bench";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const postgres = await startEmbeddedPostgres({ dataDir, port: args.pgPort, database: "postgres" });
  const adminUrl = postgres.url;
  const url = adminUrl.replace(/\/postgres$/, `/${database}`);
  const postmaster = Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  const workers: ChildProcess[] = [];
  const client = new Client({ connectionString: url });
  let target: CheckTarget | undefined;
  try {
    target = await startCheckTarget(args.interval * 2);
    await recreateDatabase(adminUrl);
    await migrateDatabase(url);
    await client.connect();
    for (let i = 0; i < args.workers; i += 1) workers.push(await startWorker(url, i));

    const startMs = Date.now() + 5_000;
    const checks = await seedChecks(client, { ...args, count: args.checks, intervalSeconds: args.interval, baseUrl: target.baseUrl, startMs });
    const warmup = args.warmup ?? args.interval;
    const window: Window = { fromMs: startMs + warmup * 1000, toMs: startMs + (warmup + args.seconds) * 1000 };
    await sleep(window.fromMs - Date.now());

    const workerPids = workers.map((worker) => worker.pid ?? 0);
    const cpuBefore = {
      workers: cpuMsOf(workerPids),
      postgres: treeCpuMs(postmaster),
      target: cpuMsOf([target.pid]),
      bench: cpuMsOf([process.pid]),
      machine: machineBusyMs(),
    };
    const requestsBefore = await target.requests();
    let postgresPeakMiB = 0;
    while (Date.now() < window.toMs) {
      postgresPeakMiB = Math.max(postgresPeakMiB, pssMiB(processTree(postmaster)));
      await sleep(Math.min(1_000, window.toMs - Date.now()));
    }
    const cpu = {
      workers: cpuMsOf(workerPids) - cpuBefore.workers,
      postgres: treeCpuMs(postmaster) - cpuBefore.postgres,
      target: cpuMsOf([target.pid]) - cpuBefore.target,
      bench: cpuMsOf([process.pid]) - cpuBefore.bench,
      machine: machineBusyMs() - cpuBefore.machine,
    };
    // Other engineers' builds and tests share this machine: say how much CPU they took meanwhile.
    const otherCores = (cpu.machine - cpu.workers - cpu.postgres - cpu.target - cpu.bench) / 1000 / args.seconds;
    const targetRequests = (await target.requests()) - requestsBefore;
    const workerPeaks = peakRssMiB(workerPids);
    await settle(client, window);
    await settleReactions(client, window);

    const runs = await recordedRuns(client, window);
    const accounting = await slotAccounting(client, checks, args.interval, window);
    console.log(
      JSON.stringify({
        checks: args.checks,
        intervalSeconds: args.interval,
        seconds: args.seconds,
        warmupSeconds: warmup,
        workers: args.workers,
        targetRunsPerSec: round(args.checks / args.interval),
        runsPerSec: round(runs / args.seconds),
        lateness: roundAll(await lateness(client, window)),
        ...accounting,
        ...(await outcomes(client, window)),
        reactionLatency: await reactionLatency(client, window, reactionTasks),
        targetRequests,
        cpuMsPerRun: {
          workers: round(cpu.workers / runs),
          postgres: round(cpu.postgres / runs),
          total: round((cpu.workers + cpu.postgres) / runs),
          target: round(cpu.target / runs),
        },
        cpuCores: {
          workers: round(cpu.workers / 1000 / args.seconds),
          postgres: round(cpu.postgres / 1000 / args.seconds),
          target: round(cpu.target / 1000 / args.seconds),
          otherProcesses: round(Math.max(0, otherCores)),
        },
        memoryMiB: { workersPeakRss: workerPeaks.map(round), postgresPeakPss: round(postgresPeakMiB) },
        cpus: cpus().length,
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => stopChild(worker, 20_000)));
    await client.end().catch(() => undefined);
    target?.stop();
    await postgres.stop();
  }
}

async function recreateDatabase(adminUrl: string) {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`create database ${database}`);
  await admin.end();
}

/** A real worker process, as `npm run worker` starts it; resolves once it is claiming. */
function startWorker(url: string, index: number): Promise<ChildProcess> {
  const profile = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${args.profile}`] : [];
  const child = spawn(process.execPath, [...profile, "--conditions=react-server", "--import", "tsx", "worker/index.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      WORKER_REGION: "bench",
      PINGPAGE_SECRET_KEY: process.env.PINGPAGE_SECRET_KEY ?? Buffer.alloc(32, "bench-secret-key").toString("base64"),
      ALLOW_PRIVATE_TARGETS: "true",
      WORKER_LOG_TIMINGS: args.verbose ? "true" : "false",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker ${index} did not start within 60 s`)), 60_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      if (args.verbose) process.stderr.write(chunk.toString().replace(/^(?=.)/gm, `[worker ${index} ${new Date().toISOString().slice(11, 23)}] `));
      if (chunk.toString().includes("started")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once("exit", (code) => reject(new Error(`worker ${index} exited with ${code}`)));
  });
}


/** Waits until the window's last runs are recorded: the count stops growing (bounded by the probe timeout). */
async function settle(client: Client, window: Window) {
  let last = -1;
  const deadline = Date.now() + 15_000;
  for (;;) {
    const now = await recordedRuns(client, window);
    if ((now === last && Date.now() > window.toMs + 2_000) || Date.now() > deadline) return;
    last = now;
    await sleep(1_000);
  }
}

/** Waits until the reactions to the window's state changes have run (bounded: a stuck queue shows as missing reactions). */
async function settleReactions(client: Client, window: Window) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const pending = await client.query<{ n: string }>(
      `select count(*) as n from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
       where t.identifier = any($1) and (j.payload->>'at')::timestamptz < $2`,
      [reactionTasks, new Date(window.toMs)],
    );
    if (Number(pending.rows[0]?.n) === 0) return;
    await sleep(500);
  }
}

function roundAll<T extends Record<string, number>>(values: T): T {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, round(value)])) as T;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
