import type { Task } from "graphile-worker";
import { pruneReactions } from "@/lib/events/react";
import { parseJobPayload } from "@/lib/jobs/registry";

/** Hourly: the record of reactions done, past the age any retry of theirs could reach. */
export const reactionsPrune: Task = async (raw, helpers) => {
  parseJobPayload("reactions__prune", raw);
  const removed = await pruneReactions(48);
  if (removed > 0) helpers.logger.info(`pruned ${removed} reaction records`);
};
