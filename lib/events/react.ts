import "server-only";
import { sql } from "drizzle-orm";
import { db, type Database } from "@/lib/db";
import type { JobName } from "@/lib/jobs/registry";
import type { DomainEvent } from "./types";

export type ReactionTx = Parameters<Parameters<Database["transaction"]>[0]>[0];

class AlreadyDone extends Error {}

/**
 * Runs one task's effect for one event, at most once: the effect and a row in `reactions` commit
 * in one transaction, and a retry (a worker killed after the commit, a duplicate job) finds the
 * row and does nothing. The row goes in last, so its `done_at` is when the effect was done; a
 * duplicate running at the same moment waits on it, then rolls its own effect back.
 * Returns false when the reaction had already been done.
 */
export async function reactOnce(task: JobName, event: DomainEvent, effect: (tx: ReactionTx) => Promise<void>): Promise<boolean> {
  const done = await db.execute(sql`select 1 from reactions where event_id = ${event.eventId} and task = ${task}`);
  if (done.rows.length > 0) return false;
  try {
    await db.transaction(async (tx) => {
      await effect(tx);
      const recorded = await tx.execute(sql`
        insert into reactions (event_id, task, event_at, done_at) values (${event.eventId}, ${task}, ${event.at}, clock_timestamp())
        on conflict do nothing returning event_id`);
      if (recorded.rows.length === 0) throw new AlreadyDone();
    });
    return true;
  } catch (error) {
    if (error instanceof AlreadyDone) return false;
    throw error;
  }
}

/** Reactions older than this are only kept for the latency figures; a retry never comes that late. */
export async function pruneReactions(keepHours: number): Promise<number> {
  const removed = await db.execute(sql`delete from reactions where done_at < now() - make_interval(hours => ${keepHours})`);
  return removed.rowCount ?? 0;
}
