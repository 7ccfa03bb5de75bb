import "server-only";
import { sql } from "drizzle-orm";
import { db, type Database } from "@/lib/db";
import type { JobName } from "@/lib/jobs/registry";
import type { DomainEvent } from "./types";

export type ReactionTx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * Runs one task's effect for one event, at most once: the effect and a row in `reactions` commit
 * in one transaction, and a retry (a worker killed after the commit, a duplicate job) finds the
 * row and does nothing. Returns false when the reaction had already been done.
 */
export async function reactOnce(task: JobName, event: DomainEvent, effect: (tx: ReactionTx) => Promise<void>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const claimed = await tx.execute(sql`
      insert into reactions (event_id, task, event_at) values (${event.eventId}, ${task}, ${event.at})
      on conflict do nothing returning event_id`);
    if (claimed.rows.length === 0) return false;
    await effect(tx);
    return true;
  });
}

/** Reactions older than this are only kept for the latency figures; a retry never comes that late. */
export async function pruneReactions(keepHours: number): Promise<number> {
  const removed = await db.execute(sql`delete from reactions where done_at < now() - make_interval(hours => ${keepHours})`);
  return removed.rowCount ?? 0;
}
