import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { refreshRollups } from "@/lib/services/rollups/refresh";

/** Every minute: recomputes the minute, hour and day rollups the last few minutes touched. */
export const rollupsRefresh: Task = async (raw) => {
  const { lookbackMinutes } = parseJobPayload("rollups__refresh", raw);
  const now = new Date();
  await refreshRollups({ from: new Date(now.getTime() - lookbackMinutes * 60_000), to: now });
};
