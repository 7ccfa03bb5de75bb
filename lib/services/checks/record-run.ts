import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { checkRuns, checks, outages } from "@/db/schema";
import { nextState } from "@/lib/checks/state";
import type { CheckResult } from "@/lib/checks/types";
import { db } from "@/lib/db";
import { onCheckStatusChanged } from "@/lib/services/incidents/auto";

type RunMeta = { region: string; scheduledAt: Date; startedAt: Date };

/**
 * Stores one run and moves the check's state. A state change closes the open outage and,
 * when the check is now down or degraded, opens a new one with the run's error as its cause.
 */
export async function recordCheckRun(checkId: string, result: CheckResult, meta: RunMeta) {
  return db.transaction(async (tx) => {
    const [check] = await tx.select().from(checks).where(eq(checks.id, checkId)).for("update");
    if (!check || check.paused) return null;
    await tx.insert(checkRuns).values({
      checkId,
      startedAt: meta.startedAt,
      scheduledAt: meta.scheduledAt,
      region: meta.region,
      ok: result.ok,
      latencyMs: result.latencyMs,
      statusCode: result.statusCode,
      errorClass: result.errorClass,
      error: result.error,
      timings: result.timings,
    });
    const next = nextState(check, result);
    await tx
      .update(checks)
      .set({
        status: next.status,
        consecutiveFailures: next.consecutiveFailures,
        consecutiveSuccesses: next.consecutiveSuccesses,
        statusChangedAt: next.changed ? meta.startedAt : check.statusChangedAt,
        lastRunAt: meta.startedAt,
        lastLatencyMs: result.latencyMs,
        lastError: result.ok ? null : (result.error ?? "failed"),
      })
      .where(eq(checks.id, checkId));
    if (next.changed) {
      await tx
        .update(outages)
        .set({ endedAt: meta.startedAt })
        .where(and(eq(outages.checkId, checkId), isNull(outages.endedAt)));
      if (next.status === "down" || next.status === "degraded") {
        await tx.insert(outages).values({ checkId, status: next.status, startedAt: meta.startedAt, cause: result.error ?? null });
      }
      await onCheckStatusChanged(tx, checkId, next.status, meta.startedAt);
    }
    return next;
  });
}
