import "server-only";
import { sql } from "drizzle-orm";
import { applyRun, type RegionState, type RunOutcome } from "@/lib/checks/quorum";
import type { CheckStatus } from "@/lib/checks/state";
import type { CheckResult } from "@/lib/checks/types";
import type { Database } from "@/lib/db";
import { emit } from "@/lib/events/emit";
import { newEvent } from "@/lib/events/types";
import { uuidArray } from "../sql-arrays";

type Executor = Pick<Database, "select" | "insert" | "update" | "execute">;

export type RunRecord = { checkId: string; result: CheckResult; region: string; scheduledAt: Date; startedAt: Date };

type CheckRow = {
  id: string;
  workspace_id: string;
  paused: boolean;
  status: CheckStatus;
  consecutive_failures: number;
  consecutive_successes: number;
  failure_threshold: number;
  recovery_threshold: number;
  degraded_threshold_ms: number | null;
  regions: string[];
  quorum: number;
  region_states: Record<string, RegionState>;
  // Raw drizzle queries return timestamps as text; these two are only compared and written back.
  status_changed_at: string | null;
  last_run_at: string | null;
  last_latency_ms: number | null;
  last_error: string | null;
};

type StateChange = { checkId: string; workspaceId: string; from: CheckStatus; status: CheckStatus; at: Date; cause: string | null };

/**
 * Stores a batch of runs and moves each check's state, in the caller's transaction: one insert
 * for the runs, one update for the checks, and outage writes only where a state changed. Runs of
 * paused or deleted checks are dropped; their slot in the result is null.
 */
export async function recordRuns(tx: Executor, runs: RunRecord[]): Promise<(RunOutcome | null)[]> {
  if (runs.length === 0) return [];
  const ids = [...new Set(runs.map((run) => run.checkId))].sort();
  // Locked in id order so that two workers flushing overlapping batches cannot deadlock.
  const locked = await tx.execute<CheckRow>(sql`
    select id, workspace_id, paused, status, consecutive_failures, consecutive_successes, failure_threshold, recovery_threshold,
           degraded_threshold_ms, regions, quorum, region_states, status_changed_at, last_run_at, last_latency_ms, last_error
    from checks where id = any(${uuidArray(ids)}) order by id for no key update`);
  const checks = new Map(locked.rows.map((row) => [row.id, row]));

  const outcomes: (RunOutcome | null)[] = new Array<RunOutcome | null>(runs.length).fill(null);
  const stored: RunRecord[] = [];
  const changes: StateChange[] = [];
  const order = runs.map((run, index) => ({ run, index })).sort((a, b) => a.run.startedAt.getTime() - b.run.startedAt.getTime());
  for (const { run, index } of order) {
    const check = checks.get(run.checkId);
    if (!check || check.paused) continue;
    const from = check.status;
    const outcome = applyRun(stateOf(check), run.result, run.region);
    outcomes[index] = outcome;
    stored.push(run);
    check.status = outcome.status;
    check.consecutive_failures = outcome.consecutiveFailures;
    check.consecutive_successes = outcome.consecutiveSuccesses;
    check.region_states = outcome.regionStates;
    if (outcome.changed) {
      check.status_changed_at = run.startedAt.toISOString();
      const cause = causeOf(run, outcome);
      changes.push({ checkId: run.checkId, workspaceId: check.workspace_id, from, status: outcome.status, at: run.startedAt, cause });
    }
    // Regions flush independently, so a run may arrive after a later one: the latest run wins.
    if (!check.last_run_at || run.startedAt.getTime() >= Date.parse(check.last_run_at)) {
      check.last_run_at = run.startedAt.toISOString();
      check.last_latency_ms = run.result.latencyMs;
      check.last_error = run.result.ok && !run.result.degraded ? null : (run.result.error ?? "failed");
    }
  }
  if (stored.length === 0) return outcomes;

  await insertRuns(tx, stored);
  const storedIds = new Set(stored.map((run) => run.checkId));
  await saveStates(tx, locked.rows.filter((row) => storedIds.has(row.id)));
  const outageIds = await recordOutages(tx, changes);
  // Everything that reacts (incidents, composites, pages) runs as jobs queued in this transaction.
  await emit(
    tx,
    changes.map((change) =>
      newEvent("check.status_changed", {
        checkId: change.checkId,
        workspaceId: change.workspaceId,
        from: change.from,
        to: change.status,
        cause: change.cause,
        at: change.at,
        outageId: outageIds.get(outageKey(change.checkId, change.at)),
      }),
    ),
  );
  return outcomes;
}

function stateOf(check: CheckRow) {
  return {
    status: check.status,
    consecutiveFailures: check.consecutive_failures,
    consecutiveSuccesses: check.consecutive_successes,
    failureThreshold: check.failure_threshold,
    recoveryThreshold: check.recovery_threshold,
    degradedThresholdMs: check.degraded_threshold_ms,
    regions: check.regions,
    quorum: check.quorum,
    regionStates: check.region_states,
  };
}

function causeOf(run: RunRecord, outcome: RunOutcome): string | null {
  const cause = run.result.error ?? null;
  const seenBy = Object.entries(outcome.regionStates).filter(([, state]) => state.status === outcome.status);
  if (cause === null || seenBy.length === 0) return cause;
  return `${cause} (${outcome.status} in ${seenBy.map(([region]) => region).sort().join(", ")})`;
}

async function insertRuns(tx: Executor, runs: RunRecord[]) {
  const rows = runs.map(({ checkId, result, region, scheduledAt, startedAt }) => ({
    check_id: checkId,
    started_at: startedAt.toISOString(),
    scheduled_at: scheduledAt.toISOString(),
    region,
    ok: result.ok,
    latency_ms: result.latencyMs,
    status_code: result.statusCode ?? null,
    error_class: result.errorClass ?? null,
    error: result.error ?? null,
    timings: result.timings ?? null,
  }));
  await tx.execute(sql`
    insert into check_runs (check_id, started_at, scheduled_at, region, ok, latency_ms, status_code, error_class, error, timings)
    select * from json_to_recordset(${JSON.stringify(rows)}::json) as r(
      check_id uuid, started_at timestamptz, scheduled_at timestamptz, region text, ok boolean,
      latency_ms real, status_code integer, error_class text, error text, timings jsonb)`);
}

async function saveStates(tx: Executor, rows: CheckRow[]) {
  await tx.execute(sql`
    update checks c set
      status = s.status::check_status,
      consecutive_failures = s.consecutive_failures,
      consecutive_successes = s.consecutive_successes,
      region_states = s.region_states,
      status_changed_at = s.status_changed_at,
      last_run_at = s.last_run_at,
      last_latency_ms = s.last_latency_ms,
      last_error = s.last_error
    from json_to_recordset(${JSON.stringify(rows)}::json) as s(
      id uuid, status text, consecutive_failures integer, consecutive_successes integer, region_states jsonb,
      status_changed_at timestamptz, last_run_at timestamptz, last_latency_ms real, last_error text)
    where c.id = s.id`);
}

/**
 * Each state change closes the check's open outage and, when the check is now down or degraded,
 * opens one: in two statements for the whole batch. An outage that opens and ends within the
 * batch is inserted already closed. Returns the opened outages' ids by outageKey.
 */
async function recordOutages(tx: Executor, changes: StateChange[]): Promise<Map<string, string>> {
  if (changes.length === 0) return new Map();
  const closes = new Map<string, Date>();
  const opens: (StateChange & { endedAt: Date | null })[] = [];
  for (const change of changes) {
    if (!closes.has(change.checkId)) closes.set(change.checkId, change.at);
    const previous = opens.findLast((open) => open.checkId === change.checkId);
    if (previous && previous.endedAt === null) previous.endedAt = change.at;
    if (change.status === "down" || change.status === "degraded") opens.push({ ...change, endedAt: null });
  }
  await tx.execute(sql`
    update outages o set ended_at = c.at
    from json_to_recordset(${JSON.stringify([...closes].map(([checkId, at]) => ({ check_id: checkId, at })))}::json)
      as c(check_id uuid, at timestamptz)
    where o.check_id = c.check_id and o.ended_at is null`);
  if (opens.length === 0) return new Map();
  const rows = opens.map((open) => ({ check_id: open.checkId, status: open.status, started_at: open.at, ended_at: open.endedAt, cause: open.cause }));
  const opened = await tx.execute<{ id: string; check_id: string; started_ms: string }>(sql`
    insert into outages (check_id, status, started_at, ended_at, cause)
    select check_id, status::check_status, started_at, ended_at, cause
    from json_to_recordset(${JSON.stringify(rows)}::json)
      as o(check_id uuid, status text, started_at timestamptz, ended_at timestamptz, cause text)
    returning id, check_id, round(extract(epoch from started_at) * 1000)::bigint as started_ms`);
  return new Map(opened.rows.map((row) => [`${row.check_id}@${Number(row.started_ms)}`, row.id]));
}

function outageKey(checkId: string, startedAt: Date): string {
  return `${checkId}@${startedAt.getTime()}`;
}
