import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { env } from "@/lib/env";
import { pruneCheckRuns } from "@/lib/services/check-runs/prune";

/** Hourly: drops raw runs older than RUN_RETENTION_DAYS a day at a time and prepares the next days. */
export const checkRunsPrune: Task = async (raw, helpers) => {
  parseJobPayload("check_runs__prune", raw);
  const { createdPartitions, droppedPartitions } = await pruneCheckRuns({ keepDays: env.RUN_RETENTION_DAYS });
  if (createdPartitions + droppedPartitions > 0) {
    helpers.logger.info(`check_runs partitions: ${createdPartitions} created, ${droppedPartitions} dropped`);
  }
};
