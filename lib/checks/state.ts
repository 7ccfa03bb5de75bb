/** Check state machine: a state changes only after enough consecutive confirming runs. */
export type CheckStatus = "pending" | "up" | "degraded" | "down" | "paused";

export type StateInput = {
  status: CheckStatus;
  consecutiveFailures: number;
  consecutiveSuccesses: number;
  failureThreshold: number;
  recoveryThreshold: number;
  degradedThresholdMs: number | null;
};

export type StateChange = {
  status: CheckStatus;
  consecutiveFailures: number;
  consecutiveSuccesses: number;
  changed: boolean;
};

/** `degraded`: a run that passed only partly (a composite whose rule holds with members down). */
export function nextState(current: StateInput, run: { ok: boolean; latencyMs: number; degraded?: boolean }): StateChange {
  if (!run.ok) {
    const consecutiveFailures = current.consecutiveFailures + 1;
    const status = consecutiveFailures >= current.failureThreshold ? "down" : current.status;
    return { status, consecutiveFailures, consecutiveSuccesses: 0, changed: status !== current.status };
  }
  const consecutiveSuccesses = current.consecutiveSuccesses + 1;
  const slow = current.degradedThresholdMs !== null && run.latencyMs > current.degradedThresholdMs;
  const observed: CheckStatus = slow || run.degraded ? "degraded" : "up";
  const confirmed = consecutiveSuccesses >= current.recoveryThreshold || current.status === "up" || current.status === "degraded";
  const status = confirmed ? observed : current.status;
  return { status, consecutiveFailures: 0, consecutiveSuccesses, changed: status !== current.status };
}
