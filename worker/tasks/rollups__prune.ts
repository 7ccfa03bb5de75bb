import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { env } from "@/lib/env";
import { pruneRollups } from "@/lib/services/rollups/prune";

/** Hourly: minute rollups older than a week, hour and day rollups older than ROLLUP_RETENTION_DAYS. */
export const rollupsPrune: Task = async (raw, helpers) => {
  parseJobPayload("rollups__prune", raw);
  const removed = await pruneRollups({ now: new Date(), keepDays: env.ROLLUP_RETENTION_DAYS });
  if (removed.minute + removed.hourAndDay > 0) helpers.logger.info(`pruned rollups: ${removed.minute} minute, ${removed.hourAndDay} hour/day`);
};
