import type { Task } from "graphile-worker";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { checks } from "@/db/schema";
import { runCheck } from "@/lib/checks";
import type { CheckResult } from "@/lib/checks/types";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { checkConfig } from "@/lib/schemas/check-config";
import { recordCheckRun } from "@/lib/services/checks/record-run";
import { scheduleCheckRun } from "@/lib/services/checks/schedule";

const payload = z.object({ checkId: z.string().uuid(), scheduledAt: z.string().datetime().optional() });

/** The first slot of the check's cadence that is still in the future. */
function nextSlot(scheduledAt: Date, intervalSeconds: number, now: Date): Date {
  const step = intervalSeconds * 1000;
  const behind = Math.max(0, now.getTime() - scheduledAt.getTime());
  return new Date(scheduledAt.getTime() + (Math.floor(behind / step) + 1) * step);
}

/** Runs one check, after queuing its next run so that a crash here never stops the cadence. */
export const checkRun: Task = async (raw, helpers) => {
  const { checkId, scheduledAt: scheduledIso } = payload.parse(raw);
  const [check] = await db.select().from(checks).where(eq(checks.id, checkId));
  if (!check || check.paused) return;
  const config = checkConfig.safeParse(check.config);
  // Heartbeat and composite checks are evaluated from stored state, never probed.
  if (config.success && (config.data.type === "heartbeat" || config.data.type === "composite")) return;

  const now = new Date();
  const scheduledAt = scheduledIso ? new Date(scheduledIso) : now;
  await scheduleCheckRun(db, checkId, nextSlot(scheduledAt, check.intervalSeconds, now));

  const startedAt = new Date();
  const result: CheckResult = config.success
    ? await runCheck(config.data, { timeoutMs: check.timeoutMs, allowPrivateTargets: env.ALLOW_PRIVATE_TARGETS })
    : { ok: false, latencyMs: 0, errorClass: "config", error: `invalid check configuration: ${config.error.issues[0]?.message ?? "unknown"}` };
  const change = await recordCheckRun(checkId, result, { region: env.WORKER_REGION, scheduledAt, startedAt });
  if (change?.changed) helpers.logger.info(`check ${checkId} is now ${change.status}`);
};
