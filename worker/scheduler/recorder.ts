import { env } from "@/lib/env";
import type { RunRecord } from "@/lib/services/checks/record-runs";
import { recordBatch } from "@/lib/services/scheduler/record-batch";
import { timing } from "./timing";

type Finished = RunRecord & { leaseId: string };

/**
 * Buffers finished runs and writes them in batches (recordBatch), tracking how many slots of
 * each lease are still open so that a lease is deleted in the same transaction as its last run.
 */
export class Recorder {
  private buffer: Finished[] = [];
  private open = new Map<string, number>();
  private done: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly workerId: () => string,
    private readonly onFenced: () => void,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.flush(), timing.flushEveryMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  /** A claim handed this lease `slots` slots to run. */
  expect(leaseId: string, slots: number): void {
    this.open.set(leaseId, (this.open.get(leaseId) ?? 0) + slots);
  }

  add(run: Finished): void {
    this.buffer.push(run);
    if (this.buffer.length >= timing.flushAtRuns) void this.flush();
  }

  /** A slot that will not run (its check was edited, paused or deleted meanwhile). */
  drop(leaseId: string): void {
    this.settle(leaseId, 1);
  }

  /** Forget everything: after being fenced, these leases belong to another worker. */
  reset(): void {
    this.buffer = [];
    this.open.clear();
    this.done = [];
  }

  pending(): number {
    return this.buffer.length;
  }

  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async write(): Promise<void> {
    if (this.buffer.length === 0 && this.done.length === 0) return;
    const runs = this.buffer;
    const perLease = new Map<string, number>();
    for (const run of runs) perLease.set(run.leaseId, (perLease.get(run.leaseId) ?? 0) + 1);
    const closing = [...perLease].filter(([lease, count]) => this.open.get(lease) === count).map(([lease]) => lease);
    const done = [...this.done, ...closing];
    this.buffer = [];
    try {
      const began = performance.now();
      const outcome = await recordBatch(this.workerId(), runs, done);
      if (env.WORKER_LOG_TIMINGS) console.log(`[record] ${runs.length} run(s) in ${Math.round(performance.now() - began)} ms`);
      if (outcome === "fenced") return this.onFenced();
      this.done = this.done.filter((lease) => !done.includes(lease));
      for (const [lease, count] of perLease) this.settle(lease, count, closing.includes(lease));
    } catch (error) {
      // Kept for the next flush: a lost connection must not lose runs.
      this.buffer = runs.concat(this.buffer);
      console.error(`[worker] could not record ${runs.length} run(s); retrying`, error);
    }
  }

  private settle(leaseId: string, count: number, alreadyDeleted = false): void {
    const left = (this.open.get(leaseId) ?? 0) - count;
    if (left > 0) {
      this.open.set(leaseId, left);
      return;
    }
    this.open.delete(leaseId);
    if (!alreadyDeleted) this.done.push(leaseId);
  }
}
