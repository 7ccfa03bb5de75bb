import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { pruneIdempotencyKeys } from "@/lib/services/api-tokens/idempotency";

/** Hourly: API idempotency keys past their 24 hours (a retry that late runs as a new request). */
export const apiIdempotencyPrune: Task = async (raw) => {
  parseJobPayload("api_idempotency__prune", raw);
  await pruneIdempotencyKeys();
};
