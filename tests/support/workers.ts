import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { stopChild } from "@/bin/stop-child";

export type WorkerProcess = { child: ChildProcess; pid: number; output: () => string };

/** A region label no other test or run uses, so test workers claim only this test's checks. */
export function uniqueRegion(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}`;
}

/**
 * Starts a real worker process (`npm run worker`) against the test database, claiming only
 * checks pinned to its region: the shared test database holds every other test's checks too.
 */
export function startWorker(databaseUrl: string, region: string, env: Record<string, string> = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "worker/index.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      WORKER_REGION: region,
      WORKER_PINNED_ONLY: "true",
      ALLOW_PRIVATE_TARGETS: "true",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start within 60 s:\n${output}`)), 60_000);
    child.stdout?.on("data", () => {
      if (!output.includes("] ") || !output.includes("started")) return;
      clearTimeout(timer);
      resolve({ child, pid: child.pid ?? 0, output: () => output });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}:\n${output}`));
    });
  });
}

/** SIGTERM: the worker finishes and records its running probes, then retires. */
export function stopWorker(worker: WorkerProcess): Promise<void> {
  return stopChild(worker.child, 20_000);
}
