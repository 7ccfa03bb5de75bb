import type { Task } from "graphile-worker";
import { db } from "@/lib/db";
import { parseJobPayload } from "@/lib/jobs/registry";
import { escalate } from "@/lib/services/alerts/engine/follow-ups";

/** Nobody acknowledged in time: the policy's next escalation step's channels hear of the alert. */
export const alertsEscalate: Task = async (raw) => {
  const { alertId, step } = parseJobPayload("alerts__escalate", raw);
  await db.transaction((tx) => escalate(tx, alertId, step));
};
