import { sql } from "drizzle-orm";
import type { JobExecutor } from "@/lib/jobs/registry";
import { subscribers } from "./subscribers";
import { domainEvent, type DomainEvent } from "./types";

/** The job key of one reaction: a second emit of the same event replaces the pending job. */
export function reactionJobKey(task: string, eventId: string): string {
  return `${task}:${eventId}`;
}

/**
 * graphile-worker takes lower numbers first: a burst of reactions never delays the next link of a
 * region's dispatch chain (priority 0), which would make every run late.
 */
const reactionPriority = 1;

/**
 * Queues every subscriber's reaction to these events in the caller's transaction, in one
 * statement: if the change rolls back, nothing reacts; once it commits, every reaction runs even
 * if this process dies right after (a transactional outbox with no extra moving part).
 */
export async function emit(tx: JobExecutor, events: DomainEvent | DomainEvent[]): Promise<void> {
  const specs = new Map<string, { identifier: string; payload: DomainEvent; job_key: string; priority: number }>();
  for (const raw of Array.isArray(events) ? events : [events]) {
    const event = domainEvent.parse(raw);
    for (const task of subscribers[event.type]) {
      const key = reactionJobKey(task, event.eventId);
      specs.set(key, { identifier: task, payload: event, job_key: key, priority: reactionPriority });
    }
  }
  if (specs.size === 0) return;
  await tx.execute(sql`
    select count(*) from graphile_worker.add_jobs(
      array(select json_populate_recordset(null::graphile_worker.job_spec, ${JSON.stringify([...specs.values()])}::json)))`);
}
