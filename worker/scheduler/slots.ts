import { runCheck } from "@/lib/checks";
import type { CheckResult } from "@/lib/checks/types";
import { openCheckSecrets } from "@/lib/crypto/check-secrets";
import { checkConfig, type CheckConfig } from "@/lib/schemas/check-config";
import type { ClaimedSlot } from "@/lib/services/scheduler/claims";
import type { Liveness } from "./liveness";
import type { Recorder } from "./recorder";

type Held = ClaimedSlot & { timer?: NodeJS.Timeout };

type Options = {
  region: string;
  concurrency: number;
  allowPrivateTargets: () => boolean;
  dnsServers: () => string[] | undefined;
  liveness: Liveness;
  recorder: Recorder;
  /** Aborted on shutdown: a probe cut short is not recorded, and its slot goes to another worker. */
  signal: AbortSignal;
};

const recheckFreshnessMs = 200;

/**
 * The slots this worker holds, each on a timer for its exact time. At most `concurrency` probes
 * run at once; a slot that fires while all are busy waits its turn (and its lateness shows it).
 */
export class SlotRunner {
  private held = new Map<string, Set<Held>>();
  private waiting: Held[] = [];
  private inFlight = 0;
  private epoch = 0;
  private configs = new Map<string, { updatedAt: number; config: CheckConfig | string }>();
  private idle: (() => void)[] = [];

  constructor(private readonly options: Options) {}

  /** Slots due but waiting for a free probe: the worker is saturated while this grows. */
  backlog(): number {
    return this.waiting.length;
  }

  /** Slots held and not finished. */
  load(): number {
    let armed = 0;
    for (const slots of this.held.values()) armed += slots.size;
    return armed + this.waiting.length + this.inFlight;
  }

  hold(slots: ClaimedSlot[]): void {
    const perLease = new Map<string, number>();
    for (const slot of slots) perLease.set(slot.leaseId, (perLease.get(slot.leaseId) ?? 0) + 1);
    for (const [lease, count] of perLease) this.options.recorder.expect(lease, count);
    for (const slot of slots) this.arm({ ...slot }, slot.slot.getTime() - Date.now());
  }

  /** The check was edited, paused or deleted: its slots that have not started are dropped. */
  cancelCheck(checkId: string): void {
    this.configs.delete(checkId);
    const armed = [...(this.held.get(checkId) ?? [])];
    this.held.delete(checkId);
    for (const slot of armed) clearTimeout(slot.timer);
    const waiting = this.waiting.filter((slot) => slot.checkId === checkId);
    if (waiting.length > 0) this.waiting = this.waiting.filter((slot) => slot.checkId !== checkId);
    for (const slot of [...armed, ...waiting]) this.options.recorder.drop(slot.leaseId);
  }

  /** Stops every slot that has not started; their leases stay open for another worker. */
  release(): void {
    for (const slots of this.held.values()) for (const slot of slots) clearTimeout(slot.timer);
    this.held.clear();
    this.waiting = [];
  }

  /** Drops every slot, running ones included, unrecorded: they now belong to another worker. */
  reset(): void {
    this.epoch += 1;
    this.release();
  }

  /** Resolves once no probe is running. */
  drained(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private arm(slot: Held, delayMs: number): void {
    let slots = this.held.get(slot.checkId);
    if (!slots) this.held.set(slot.checkId, (slots = new Set()));
    slots.add(slot);
    slot.timer = setTimeout(() => this.fire(slot), Math.max(0, delayMs));
  }

  private fire(slot: Held): void {
    // Not sure our row survived (heartbeats failing): the slot may belong to another worker now.
    if (!this.options.liveness.fresh()) {
      slot.timer = setTimeout(() => this.fire(slot), recheckFreshnessMs);
      return;
    }
    const slots = this.held.get(slot.checkId);
    slots?.delete(slot);
    if (slots?.size === 0) this.held.delete(slot.checkId);
    if (this.inFlight >= this.options.concurrency) this.waiting.push(slot);
    else void this.start(slot);
  }

  private async start(slot: Held): Promise<void> {
    const epoch = this.epoch;
    this.inFlight += 1;
    const startedAt = new Date();
    try {
      const result = await this.probe(slot);
      if (epoch === this.epoch) {
        this.options.recorder.add({
          leaseId: slot.leaseId,
          checkId: slot.checkId,
          region: this.options.region,
          scheduledAt: slot.slot,
          startedAt,
          result,
        });
      }
    } catch (error) {
      // Cut short by shutdown: the slot stays in its lease for another worker. Anything else is a bug
      // worth a log, and the slot is let go so that its lease can close.
      if (!this.options.signal.aborted) {
        console.error(`[worker] check ${slot.checkId} could not run`, error);
        if (epoch === this.epoch) this.options.recorder.drop(slot.leaseId);
      }
    } finally {
      this.inFlight -= 1;
      const next = this.waiting.shift();
      if (next) void this.start(next);
      if (this.inFlight === 0) this.idle.splice(0).forEach((resolve) => resolve());
    }
  }

  private async probe(slot: Held): Promise<CheckResult> {
    const config = this.configOf(slot);
    if (typeof config === "string") return { ok: false, latencyMs: 0, errorClass: "config", error: config };
    try {
      return await runCheck(config, {
        timeoutMs: slot.timeoutMs,
        allowPrivateTargets: this.options.allowPrivateTargets(),
        dnsServers: this.options.dnsServers(),
        signal: this.options.signal,
      });
    } catch (error) {
      if (this.options.signal.aborted) throw error;
      // Heartbeat or composite checks reach here only through a hand-edited schedule row.
      return { ok: false, latencyMs: 0, errorClass: "config", error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Parsed, with its credentials opened, once per version of the check, not once per run. */
  private configOf(slot: Held): CheckConfig | string {
    const updatedAt = slot.updatedAt.getTime();
    const cached = this.configs.get(slot.checkId);
    if (cached?.updatedAt === updatedAt) return cached.config;
    const config = parseStoredConfig(slot.config);
    this.configs.set(slot.checkId, { updatedAt, config });
    return config;
  }
}

/**
 * Secrets are opened just before probing. A key problem is that check's error, never a crash; the
 * operator's log gets the detail (which key is missing), the tenant a message they can act on.
 */
function parseStoredConfig(stored: unknown): CheckConfig | string {
  let opened: unknown;
  try {
    opened = openCheckSecrets(stored);
  } catch (error) {
    console.error(`[worker] cannot open a check's credentials: ${error instanceof Error ? error.message : String(error)}`);
    return "the saved credentials cannot be decrypted with this server's key: enter them again";
  }
  const parsed = checkConfig.safeParse(opened);
  return parsed.success ? parsed.data : `invalid check configuration: ${parsed.error.issues[0]?.message ?? "unknown"}`;
}
