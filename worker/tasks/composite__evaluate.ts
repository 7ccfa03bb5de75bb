import type { Task } from "graphile-worker";
import { z } from "zod";
import { evaluateCompositeCheck } from "@/lib/services/composites/evaluate";

const payload = z.object({ checkId: z.string().uuid() });

/** Queued by a trigger when a member check changes state (see the composite_trigger migration). */
export const compositeEvaluate: Task = async (raw, helpers) => {
  const { checkId } = payload.parse(raw);
  const change = await evaluateCompositeCheck(checkId, new Date());
  if (change?.changed) helpers.logger.info(`composite ${checkId} is now ${change.status}`);
};
