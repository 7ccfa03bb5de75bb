import type { Task } from "graphile-worker";
import { db } from "@/lib/db";
import { parseJobPayload } from "@/lib/jobs/registry";
import { sendDelayedAlert } from "@/lib/services/alerts/engine/follow-ups";

/** A policy's delay passed: the alert goes out if the check is still in trouble. */
export const alertsDelay: Task = async (raw) => {
  const { alertId } = parseJobPayload("alerts__delay", raw);
  await db.transaction((tx) => sendDelayedAlert(tx, alertId));
};
