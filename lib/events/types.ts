import { z } from "zod";

/**
 * The domain events: what changed, in the product's words, with the ids and facts a reaction needs.
 * Each carries its own id (the reactions' idempotency key) and the moment it happened.
 */
const base = { eventId: z.uuid(), at: z.iso.datetime({ offset: true }) };
const checkStatus = z.enum(["pending", "up", "degraded", "down", "paused"]);
const componentStatus = z.string().min(1);

export const checkStatusChanged = z.object({
  type: z.literal("check.status_changed"),
  ...base,
  checkId: z.uuid(),
  workspaceId: z.uuid(),
  from: checkStatus,
  to: checkStatus,
  cause: z.string().nullable(),
  outageId: z.uuid().optional(),
});

const incidentFacts = { ...base, incidentId: z.uuid(), pageId: z.uuid(), workspaceId: z.uuid(), notify: z.boolean() };
export const incidentCreated = z.object({ type: z.literal("incident.created"), ...incidentFacts });
export const incidentUpdated = z.object({ type: z.literal("incident.updated"), ...incidentFacts });
export const incidentResolved = z.object({ type: z.literal("incident.resolved"), ...incidentFacts });

const maintenanceFacts = { ...base, maintenanceId: z.uuid(), pageId: z.uuid(), workspaceId: z.uuid() };
export const maintenanceScheduled = z.object({ type: z.literal("maintenance.scheduled"), ...maintenanceFacts });
export const maintenanceStarted = z.object({ type: z.literal("maintenance.started"), ...maintenanceFacts });
export const maintenanceCompleted = z.object({ type: z.literal("maintenance.completed"), ...maintenanceFacts });

export const componentStatusChanged = z.object({
  type: z.literal("component.status_changed"),
  ...base,
  pageId: z.uuid(),
  componentId: z.uuid(),
  from: componentStatus,
  to: componentStatus,
});

/**
 * `slugs` and `hostnames`: addresses at which visitors may have been shown this page (or "not
 * found") that the database no longer links to it, e.g. the slug before a rename, a removed domain.
 */
export const pageChanged = z.object({
  type: z.literal("page.changed"),
  ...base,
  pageId: z.uuid(),
  workspaceId: z.uuid(),
  slugs: z.array(z.string().min(1)).optional(),
  hostnames: z.array(z.string().min(1)).optional(),
});

export const domainVerified = z.object({
  type: z.literal("domain.verified"),
  ...base,
  domainId: z.uuid(),
  pageId: z.uuid(),
  hostname: z.string().min(1),
});

export const domainEvent = z.discriminatedUnion("type", [
  checkStatusChanged,
  incidentCreated,
  incidentUpdated,
  incidentResolved,
  maintenanceScheduled,
  maintenanceStarted,
  maintenanceCompleted,
  componentStatusChanged,
  pageChanged,
  domainVerified,
]);

export type DomainEvent = z.infer<typeof domainEvent>;
export type DomainEventType = DomainEvent["type"];
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
export const domainEventTypes = domainEvent.options.map((o) => o.shape.type.value) as DomainEventType[];

/** Builds an event with a fresh id; `at` defaults to now. */
export function newEvent<T extends DomainEventType>(
  type: T,
  facts: Omit<EventOf<T>, "type" | "eventId" | "at"> & { at?: Date | string },
): EventOf<T> {
  const at = facts.at instanceof Date ? facts.at.toISOString() : (facts.at ?? new Date().toISOString());
  return { ...facts, type, eventId: crypto.randomUUID(), at } as EventOf<T>;
}
