import type { HeartbeatConfig } from "@/lib/schemas/check-config";
import type { CheckResult } from "../types";

export type HeartbeatState = {
  /** The last ping received, or null when none has arrived yet. */
  lastPingAt: Date | null;
  /** When the check started expecting pings (its creation, or its last un-pause). */
  expectedSince: Date;
  now: Date;
};

/**
 * A heartbeat is down once period + grace has passed since the last ping (or, before the first
 * ping, since the check started expecting one). Pure: the worker supplies the stored times.
 */
export function evaluateHeartbeat(config: HeartbeatConfig, state: HeartbeatState): CheckResult {
  const from = state.lastPingAt ?? state.expectedSince;
  const deadline = new Date(from.getTime() + (config.periodSeconds + config.graceSeconds) * 1000);
  const details = {
    lastPingAt: state.lastPingAt?.toISOString() ?? null,
    deadline: deadline.toISOString(),
  };
  if (state.now.getTime() <= deadline.getTime()) return { ok: true, latencyMs: 0, details };
  const late = Math.round((state.now.getTime() - deadline.getTime()) / 1000);
  const expectation = `expected every ${config.periodSeconds} s with ${config.graceSeconds} s grace`;
  const error = state.lastPingAt
    ? `no ping since ${state.lastPingAt.toISOString()} (${late} s overdue), ${expectation}`
    : `no ping received yet (${late} s overdue), ${expectation}`;
  return { ok: false, latencyMs: 0, errorClass: "timeout", error, details };
}
