import type { Task } from "graphile-worker";
import { z } from "zod";
import { env } from "@/lib/env";
import { pruneCheckRuns } from "@/lib/services/check-runs/prune";

const payload = z.object({});

/** Hourly: drops raw runs older than RUN_RETENTION_DAYS a day at a time and prepares the next days. */
export const checkRunsPrune: Task = async (raw, helpers) => {
  payload.parse(raw ?? {});
  const { createdPartitions, droppedPartitions } = await pruneCheckRuns({ keepDays: env.RUN_RETENTION_DAYS });
  if (createdPartitions + droppedPartitions > 0) {
    helpers.logger.info(`check_runs partitions: ${createdPartitions} created, ${droppedPartitions} dropped`);
  }
};
