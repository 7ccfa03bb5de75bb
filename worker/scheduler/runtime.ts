import { setMaxListeners } from "node:events";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { claimDueSlots, takeOverLeases } from "@/lib/services/scheduler/claims";
import { seedDispatch } from "@/lib/services/scheduler/dispatch";
import { listenForCheckChanges } from "@/lib/services/scheduler/listen";
import { reapDeadWorkers } from "@/lib/services/scheduler/workers";
import { Liveness } from "./liveness";
import { Recorder } from "./recorder";
import { SlotRunner } from "./slots";
import { timing } from "./timing";

/** How many slots one dispatch may claim per probe the worker runs at once (armed timers are cheap). */
const claimsPerProbe = 20;

export type RuntimeOptions = {
  region: string;
  /** Claim only checks pinned to this region, never unpinned ones. */
  pinnedOnly: boolean;
  concurrency: number;
  livenessSeconds: number;
  /** Read at every probe: the instance admin's switch can change while the worker runs. */
  allowPrivateTargets: () => boolean;
  /** DNS servers every probe resolves names through; the system resolver when absent. */
  dnsServers: () => string[] | undefined;
  /** Log the event loop's delay every 10 s: a slot cannot start before the loop gets to its timer. */
  logTimings: boolean;
};

/** A worker process's scheduler: its liveness row, the slots it holds, and its run recorder. */
export class SchedulerRuntime {
  readonly region: string;
  private readonly liveness: Liveness;
  private readonly recorder: Recorder;
  private readonly slots: SlotRunner;
  private readonly shutdown = new AbortController();
  private stopListening: (() => Promise<void>) | undefined;
  private seedTimer: NodeJS.Timeout | undefined;
  private loopTimer: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(private readonly options: RuntimeOptions) {
    this.region = options.region;
    // Every running probe listens on the shutdown signal; thousands at once are expected.
    setMaxListeners(0, this.shutdown.signal);
    const fence = () => {
      this.slots.reset();
      this.recorder.reset();
    };
    this.liveness = new Liveness(options.region, options.livenessSeconds * 1000, fence);
    this.recorder = new Recorder(() => this.liveness.id, fence);
    this.slots = new SlotRunner({
      region: options.region,
      concurrency: options.concurrency,
      allowPrivateTargets: options.allowPrivateTargets,
      dnsServers: options.dnsServers,
      liveness: this.liveness,
      recorder: this.recorder,
      signal: this.shutdown.signal,
    });
  }

  load(): number {
    return this.slots.load();
  }

  /** Jobs locked by this worker's pool are unlocked by whoever reaps it (see reapDeadWorkers). */
  adoptJobPool(jobPoolId: string): Promise<void> {
    return this.liveness.adoptJobPool(jobPoolId);
  }

  get workerId(): string {
    return this.liveness.id;
  }

  async start(): Promise<void> {
    await this.liveness.start();
    this.recorder.start();
    this.stopListening = listenForCheckChanges((checkId) => this.slots.cancelCheck(checkId));
    await seedDispatch(this.region);
    this.seedTimer = setInterval(() => void seedDispatch(this.region).catch(() => undefined), timing.seedEveryMs);
    if (this.options.logTimings) this.loopTimer = this.logEventLoopDelay();
  }

  private logEventLoopDelay(): NodeJS.Timeout {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    return setInterval(() => {
      const ms = (ns: number) => Math.round(ns / 1e6);
      console.log(`[loop] delay p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms; holding ${this.slots.load()} slot(s)`);
      delay.reset();
    }, 10_000);
  }

  /** One dispatch: take over the slots of dead workers of the region, then claim what is due. */
  async dispatch(): Promise<{ takenOver: number; claimed: number }> {
    if (this.stopping || !this.liveness.fresh()) return { takenOver: 0, claimed: 0 };
    await reapDeadWorkers(this.options.livenessSeconds, this.workerId);
    const takenOver = await takeOverLeases(this.workerId, this.region);
    this.slots.hold(takenOver);
    const claimed = await claimDueSlots({
      workerId: this.workerId,
      region: this.region,
      pinnedOnly: this.options.pinnedOnly,
      horizonMs: timing.horizonMs,
      // A saturated worker claims nothing, leaving the slots to the region's other workers.
      limit: this.slots.backlog() > this.options.concurrency ? 0 : this.options.concurrency * claimsPerProbe,
    });
    this.slots.hold(claimed);
    return { takenOver: takenOver.length, claimed: claimed.length };
  }

  /**
   * Stops without losing a slot: slots not yet started are left in their leases, probes running
   * get `graceMs` to finish and be recorded, then the worker retires and its region takes over.
   */
  async stop(graceMs: number): Promise<void> {
    this.stopping = true;
    clearInterval(this.seedTimer);
    clearInterval(this.loopTimer);
    await this.stopListening?.();
    this.slots.release();
    const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([this.slots.drained(), grace]);
    this.shutdown.abort(new Error("worker shutting down"));
    await this.slots.drained();
    await this.recorder.stop();
    await this.liveness.stop();
  }
}
