import type { z } from "zod";
import type { JobName, jobs } from "@/lib/jobs/registry";
import type { DomainEventType, EventOf } from "./types";

/** The tasks whose payload schema accepts this event: only those may subscribe to it. */
type TaskAccepting<E> = { [N in JobName]: E extends z.input<(typeof jobs)[N]> ? N : never }[JobName];

/**
 * Who reacts to what: each event type → the tasks (lib/jobs/registry.ts) that run once per event.
 * Adding a reaction is one line here and one task file in worker/tasks/.
 */
export const subscribers: { [T in DomainEventType]: readonly TaskAccepting<EventOf<T>>[] } = {
  // Subscribers hear of a check's change only on pages whose owner asked (pages.notify_component_changes).
  "check.status_changed": ["incidents__auto", "composites__follow_member", "pages__refresh", "subscribers__announce"],
  "incident.created": ["pages__refresh", "subscribers__announce"],
  "incident.updated": ["pages__refresh", "subscribers__announce"],
  "incident.resolved": ["pages__refresh", "subscribers__announce"],
  "maintenance.scheduled": ["pages__refresh", "subscribers__announce"],
  "maintenance.started": ["pages__refresh", "subscribers__announce"],
  "maintenance.completed": ["pages__refresh", "subscribers__announce"],
  // The incident or maintenance that changed a component's status refreshes its page and tells
  // its subscribers already.
  "component.status_changed": [],
  "page.changed": ["pages__refresh"],
  "domain.verified": ["pages__refresh"],
};
