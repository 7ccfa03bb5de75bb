import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { evaluateAllComposites } from "@/lib/services/composites/evaluate";

/** Every minute: each active composite records a run, so its uptime has a steady series. */
export const compositesEvaluate: Task = async (raw) => {
  parseJobPayload("composites__evaluate", raw);
  await evaluateAllComposites(new Date());
};
