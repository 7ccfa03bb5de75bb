import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { evaluateCompositeCheck } from "@/lib/services/composites/evaluate";

/** Queued when a composite is created or edited (lib/services/composites/queue.ts); members' events use composites__follow_member. */
export const compositeEvaluate: Task = async (raw, helpers) => {
  const { checkId } = parseJobPayload("composite__evaluate", raw);
  const change = await evaluateCompositeCheck(checkId, new Date());
  if (change?.changed) helpers.logger.info(`composite ${checkId} is now ${change.status}`);
};
