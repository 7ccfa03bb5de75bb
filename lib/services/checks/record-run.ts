import "server-only";
import type { CheckResult } from "@/lib/checks/types";
import { db } from "@/lib/db";
import { recordRuns } from "./record-runs";

type RunMeta = { region: string; scheduledAt: Date; startedAt: Date };

/**
 * Stores one run and moves the check's state (see recordRuns, which the worker calls with whole
 * batches). Returns the new state, or null when the check is paused or gone.
 */
export async function recordCheckRun(checkId: string, result: CheckResult, meta: RunMeta) {
  const [outcome] = await db.transaction((tx) => recordRuns(tx, [{ checkId, result, ...meta }]));
  return outcome ?? null;
}
