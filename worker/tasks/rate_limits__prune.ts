import type { Task } from "graphile-worker";
import { z } from "zod";
import { pruneRateLimits } from "@/lib/services/limits/rate-limit";

const payload = z.object({});

/** Hourly: attempt counters whose window has passed (they already count as zero). */
export const rateLimitsPrune: Task = async (raw) => {
  payload.parse(raw ?? {});
  await pruneRateLimits();
};
