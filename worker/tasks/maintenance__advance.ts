import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { db } from "@/lib/db";
import { advanceMaintenance } from "@/lib/services/maintenances/advance";

/** Queued for the exact start and end of a window: moves it to in progress, then completed. */
export const maintenanceAdvance: Task = async (raw, helpers) => {
  const { maintenanceId } = parseJobPayload("maintenance__advance", raw);
  const moved = await db.transaction((tx) => advanceMaintenance(tx, maintenanceId, new Date()));
  if (moved) helpers.logger.info(`maintenance ${maintenanceId} advanced`);
};
