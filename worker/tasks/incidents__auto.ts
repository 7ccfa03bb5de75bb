import type { Task } from "graphile-worker";
import { reactOnce } from "@/lib/events/react";
import { parseJobPayload } from "@/lib/jobs/registry";
import { applyAutomaticIncidents } from "@/lib/services/incidents/auto";

/** A check changed state: automatic incidents open or resolve, once per event. */
export const incidentsAuto: Task = async (raw) => {
  const event = parseJobPayload("incidents__auto", raw);
  await reactOnce("incidents__auto", event, (tx) => applyAutomaticIncidents(tx, event));
};
