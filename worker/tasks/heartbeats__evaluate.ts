import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { evaluateOverdueHeartbeats } from "@/lib/services/heartbeats/evaluate";

/** Every minute: a heartbeat whose job has not called within its period plus grace records a miss. */
export const heartbeatsEvaluate: Task = async (raw, helpers) => {
  parseJobPayload("heartbeats__evaluate", raw);
  const misses = await evaluateOverdueHeartbeats(new Date());
  if (misses > 0) helpers.logger.info(`recorded ${misses} missed heartbeat(s)`);
};
