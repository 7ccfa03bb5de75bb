import type { Task } from "graphile-worker";
import { z } from "zod";
import { advanceDueMaintenances } from "@/lib/services/maintenances/advance";

// Cron jobs carry graphile's own payload ({ _cron: … }); nothing in it is needed.
const payload = z.object({}).passthrough();

/** Every minute: any window whose exact-time job was lost still opens and closes. */
export const maintenancesAdvanceDue: Task = async (raw, helpers) => {
  payload.parse(raw ?? {});
  const moved = await advanceDueMaintenances(new Date());
  if (moved) helpers.logger.warn(`advanced ${moved} maintenance window(s) whose job was late or lost`);
};
