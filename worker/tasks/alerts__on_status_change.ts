import type { Task } from "graphile-worker";
import { reactOnce } from "@/lib/events/react";
import { parseJobPayload } from "@/lib/jobs/registry";
import { alertOnStatusChange } from "@/lib/services/alerts/engine/react";

/** A check changed state: alert policies open or resolve alerts and tell their channels, once per event. */
export const alertsOnStatusChange: Task = async (raw) => {
  const event = parseJobPayload("alerts__on_status_change", raw);
  await reactOnce("alerts__on_status_change", event, (tx) => alertOnStatusChange(tx, event));
};
