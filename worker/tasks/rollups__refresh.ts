import type { Task } from "graphile-worker";
import { z } from "zod";
import { refreshRollups } from "@/lib/services/rollups/refresh";

// Runs finish up to a timeout (60 s) after they start and are written in batches: five minutes of
// look-back recounts every bucket that can still receive a run.
const payload = z.object({ lookbackMinutes: z.number().int().min(1).max(1_440).default(5) });

/** Every minute: recomputes the minute, hour and day rollups the last few minutes touched. */
export const rollupsRefresh: Task = async (raw) => {
  const { lookbackMinutes } = payload.parse(raw ?? {});
  const now = new Date();
  await refreshRollups({ from: new Date(now.getTime() - lookbackMinutes * 60_000), to: now });
};
