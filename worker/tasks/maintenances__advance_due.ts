import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { advanceDueMaintenances } from "@/lib/services/maintenances/advance";

/** Every minute: any window whose exact-time job was lost still opens and closes. */
export const maintenancesAdvanceDue: Task = async (raw, helpers) => {
  parseJobPayload("maintenances__advance_due", raw);
  const moved = await advanceDueMaintenances(new Date());
  if (moved) helpers.logger.warn(`advanced ${moved} maintenance window(s) whose job was late or lost`);
};
