import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { beat, registerWorker, retireWorker, setJobPool } from "@/lib/services/scheduler/workers";
import { timing } from "./timing";

/**
 * This process's row in scheduler_workers, kept fresh every second. When the row is found gone
 * (another worker declared this one dead), `onFenced` drops everything held and the process
 * registers again under a new id.
 */
export class Liveness {
  id = "";
  private jobPoolId: string | null = null;
  private lastBeatAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private beating = false;

  constructor(
    readonly region: string,
    private readonly livenessMs: number,
    private readonly onFenced: () => void,
  ) {}

  async start(): Promise<void> {
    await this.register();
    this.timer = setInterval(() => void this.tick(), timing.heartbeatEveryMs);
  }

  /** True while this worker's row cannot have been reaped, so a slot it starts is still its own. */
  fresh(): boolean {
    return performance.now() - this.lastBeatAt < this.livenessMs - timing.freshnessMarginMs;
  }

  async adoptJobPool(jobPoolId: string): Promise<void> {
    this.jobPoolId = jobPoolId;
    await setJobPool(this.id, jobPoolId);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await retireWorker(this.id);
  }

  private async register(): Promise<void> {
    this.id = randomUUID();
    await registerWorker({ id: this.id, region: this.region, host: hostname(), pid: process.pid, jobPoolId: this.jobPoolId });
    this.lastBeatAt = performance.now();
  }

  private async tick(): Promise<void> {
    if (this.beating) return;
    this.beating = true;
    try {
      const sentAt = performance.now();
      if (await beat(this.id)) {
        this.lastBeatAt = sentAt;
        return;
      }
      console.warn(`[worker] ${this.id} was declared dead by another worker; dropping its slots and registering again`);
      this.onFenced();
      await this.register();
    } catch (error) {
      console.error("[worker] heartbeat failed", error);
    } finally {
      this.beating = false;
    }
  }
}
