import type { Task } from "graphile-worker";
import { z } from "zod";
import { evaluateAllComposites } from "@/lib/services/composites/evaluate";

const payload = z.object({});

/** Every minute: each active composite records a run, so its uptime has a steady series. */
export const compositesEvaluate: Task = async (raw) => {
  payload.parse(raw ?? {});
  await evaluateAllComposites(new Date());
};
