import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { pruneRateLimits } from "@/lib/services/limits/rate-limit";

/** Hourly: attempt counters whose window has passed (they already count as zero). */
export const rateLimitsPrune: Task = async (raw) => {
  parseJobPayload("rate_limits__prune", raw);
  await pruneRateLimits();
};
