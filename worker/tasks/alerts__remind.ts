import type { Task } from "graphile-worker";
import { db } from "@/lib/db";
import { parseJobPayload } from "@/lib/jobs/registry";
import { sendReminder } from "@/lib/services/alerts/engine/follow-ups";

/** One reminder of a firing alert; it plans the next until the policy's cap. */
export const alertsRemind: Task = async (raw) => {
  const { alertId } = parseJobPayload("alerts__remind", raw);
  await db.transaction((tx) => sendReminder(tx, alertId));
};
