import { nextState, type CheckStatus, type StateInput } from "./state";

/** The state machine's position for one region of a check pinned to several regions. */
export type RegionState = { status: CheckStatus; consecutiveFailures: number; consecutiveSuccesses: number };

export type QuorumInput = StateInput & {
  /** Regions the check is pinned to; empty means it runs in any one region per slot. */
  regions: string[];
  quorum: number;
  regionStates: Record<string, RegionState>;
};

export type RunOutcome = {
  status: CheckStatus;
  consecutiveFailures: number;
  consecutiveSuccesses: number;
  regionStates: Record<string, RegionState>;
  changed: boolean;
};

/**
 * The check's status from its regions' own statuses: down when at least `quorum` regions see it
 * down, degraded when that many see it down or slow, otherwise up once any region saw it up.
 */
export function quorumStatus(statuses: CheckStatus[], quorum: number): CheckStatus {
  const needed = Math.max(1, Math.min(quorum, statuses.length));
  const count = (wanted: CheckStatus[]) => statuses.filter((status) => wanted.includes(status)).length;
  if (count(["down"]) >= needed) return "down";
  if (count(["down", "degraded"]) >= needed) return "degraded";
  return count(["up", "degraded"]) > 0 ? "up" : "pending";
}

/**
 * Moves a check's state by one run. An unpinned check has one state machine; a pinned one has
 * one per region, and its status is the quorum of theirs, so one region's network trouble
 * alone does not call the check down.
 */
export function applyRun(check: QuorumInput, run: { ok: boolean; latencyMs: number; degraded?: boolean }, region: string): RunOutcome {
  if (!check.regions.includes(region)) {
    return { ...nextState(check, run), regionStates: check.regionStates };
  }
  const previous = check.regionStates[region] ?? { status: "pending", consecutiveFailures: 0, consecutiveSuccesses: 0 };
  const next = nextState({ ...check, ...previous }, run);
  const regional: RegionState = {
    status: next.status,
    consecutiveFailures: next.consecutiveFailures,
    consecutiveSuccesses: next.consecutiveSuccesses,
  };
  const regionStates = { ...check.regionStates, [region]: regional };
  const status = quorumStatus(
    check.regions.map((r) => regionStates[r]?.status ?? "pending"),
    check.quorum,
  );
  return {
    status,
    consecutiveFailures: regional.consecutiveFailures,
    consecutiveSuccesses: regional.consecutiveSuccesses,
    regionStates,
    changed: status !== check.status,
  };
}
