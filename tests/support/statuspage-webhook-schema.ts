import { z } from "zod";

/**
 * Statuspage's subscriber webhook body, written from its documentation ("Enable webhook
 * notifications"): `meta` and `page`, then either `incident` with `incident_updates`, or
 * `component_update` with `component`. Statuspage sends more incident fields than a receiver
 * needs; these are the documented ones its receivers read.
 */
const timestamp = z.iso.datetime({ offset: true });
const id = z.string().min(1);
const componentStatus = z.enum(["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"]);

const meta = z.object({ unsubscribe: z.url(), documentation: z.url() });
const page = z.strictObject({ id, status_indicator: z.enum(["none", "minor", "major", "critical", "maintenance"]), status_description: z.string().min(1) });

const incidentUpdate = z.object({
  id,
  incident_id: id,
  status: z.enum(["investigating", "identified", "monitoring", "resolved", "postmortem", "scheduled", "in_progress", "verifying", "completed"]),
  body: z.string(),
  created_at: timestamp,
  updated_at: timestamp,
  display_at: timestamp,
});

export const incidentWebhook = z.strictObject({
  meta,
  page,
  incident: z.object({
    id,
    name: z.string().min(1),
    status: z.enum(["investigating", "identified", "monitoring", "resolved", "postmortem", "scheduled", "in_progress", "verifying", "completed"]),
    impact: z.enum(["none", "minor", "major", "critical", "maintenance"]),
    created_at: timestamp,
    updated_at: timestamp,
    monitoring_at: timestamp.nullable(),
    resolved_at: timestamp.nullable(),
    shortlink: z.url(),
    incident_updates: z.array(incidentUpdate).min(1),
  }),
});

export const componentWebhook = z.strictObject({
  meta,
  page,
  component_update: z.object({ id, component_id: id, old_status: componentStatus, new_status: componentStatus, created_at: timestamp }),
  component: z.object({ id, name: z.string(), status: componentStatus, created_at: timestamp }),
});
