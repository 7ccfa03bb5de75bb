import type { Task } from "graphile-worker";
import { z } from "zod";
import { evaluateOverdueHeartbeats } from "@/lib/services/heartbeats/evaluate";

const payload = z.object({});

/** Every minute: a heartbeat whose job has not called within its period plus grace records a miss. */
export const heartbeatsEvaluate: Task = async (raw, helpers) => {
  payload.parse(raw ?? {});
  const misses = await evaluateOverdueHeartbeats(new Date());
  if (misses > 0) helpers.logger.info(`recorded ${misses} missed heartbeat(s)`);
};
