import { z } from "zod";

/**
 * Atlassian Statuspage public API v2 (https://<page>/api/v2/), written from its documentation:
 * every documented field, with its type and value vocabulary. Strict, so an extra or renamed
 * field fails too.
 */
const timestamp = z.iso.datetime({ offset: true });
const id = z.string().min(1);

export const pageSchema = z.strictObject({ id, name: z.string(), url: z.url(), time_zone: z.string(), updated_at: timestamp });

export const componentStatus = z.enum(["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"]);

export const componentSchema = z.strictObject({
  id,
  name: z.string(),
  status: componentStatus,
  created_at: timestamp,
  updated_at: timestamp,
  position: z.number().int(),
  description: z.string().nullable(),
  showcase: z.boolean(),
  start_date: z.iso.date().nullable(),
  group_id: z.string().nullable(),
  page_id: id,
  group: z.boolean(),
  only_show_if_degraded: z.boolean(),
  components: z.array(id).optional(),
});

const affectedComponent = z.strictObject({ code: id, name: z.string(), old_status: componentStatus, new_status: componentStatus });

const updateSchema = (statuses: z.ZodEnum) =>
  z.strictObject({
    id,
    status: statuses,
    body: z.string(),
    incident_id: id,
    created_at: timestamp,
    updated_at: timestamp,
    display_at: timestamp,
    affected_components: z.array(affectedComponent).nullable(),
    deliver_notifications: z.boolean(),
    custom_tweet: z.string().nullable(),
    tweet_id: z.string().nullable(),
  });

const incidentStatus = z.enum(["investigating", "identified", "monitoring", "resolved", "postmortem"]);
const maintenanceStatus = z.enum(["scheduled", "in_progress", "verifying", "completed"]);

const eventFields = {
  id,
  name: z.string(),
  created_at: timestamp,
  updated_at: timestamp,
  monitoring_at: timestamp.nullable(),
  resolved_at: timestamp.nullable(),
  shortlink: z.url(),
  started_at: timestamp,
  page_id: id,
  components: z.array(componentSchema),
};

export const incidentSchema = z.strictObject({
  ...eventFields,
  status: incidentStatus,
  impact: z.enum(["none", "minor", "major", "critical"]),
  incident_updates: z.array(updateSchema(incidentStatus)),
});

export const maintenanceSchema = z.strictObject({
  ...eventFields,
  status: maintenanceStatus,
  impact: z.enum(["none", "minor", "major", "critical", "maintenance"]),
  incident_updates: z.array(updateSchema(maintenanceStatus)),
  scheduled_for: timestamp,
  scheduled_until: timestamp,
});

export const statusSchema = z.strictObject({
  indicator: z.enum(["none", "minor", "major", "critical", "maintenance"]),
  description: z.string().min(1),
});

export const endpointSchemas = {
  summary: z.strictObject({
    page: pageSchema,
    components: z.array(componentSchema),
    incidents: z.array(incidentSchema),
    scheduled_maintenances: z.array(maintenanceSchema),
    status: statusSchema,
  }),
  status: z.strictObject({ page: pageSchema, status: statusSchema }),
  components: z.strictObject({ page: pageSchema, components: z.array(componentSchema) }),
  incidents: z.strictObject({ page: pageSchema, incidents: z.array(incidentSchema) }),
  "incidents/unresolved": z.strictObject({ page: pageSchema, incidents: z.array(incidentSchema) }),
  "scheduled-maintenances": z.strictObject({ page: pageSchema, scheduled_maintenances: z.array(maintenanceSchema) }),
  "scheduled-maintenances/upcoming": z.strictObject({ page: pageSchema, scheduled_maintenances: z.array(maintenanceSchema) }),
  "scheduled-maintenances/active": z.strictObject({ page: pageSchema, scheduled_maintenances: z.array(maintenanceSchema) }),
};
