import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { recordRuns, type RunRecord } from "../checks/record-runs";
import { uuidArray } from "../sql-arrays";

/**
 * Stores a worker's batch of runs and deletes its leases that are now fully recorded, in one
 * transaction. Refused ("fenced") when the worker's row is gone: it was declared dead and its
 * slots handed to another worker, which must be the only one to record them.
 */
export async function recordBatch(workerId: string, runs: RunRecord[], doneLeaseIds: string[]): Promise<"recorded" | "fenced"> {
  return db.transaction(async (tx) => {
    // KEY SHARE blocks the reaper's delete until this commits, but not the worker's own heartbeat.
    const alive = await tx.execute(sql`select 1 from scheduler_workers where id = ${workerId} for key share`);
    if (alive.rows.length === 0) return "fenced";
    await recordRuns(tx, runs);
    if (doneLeaseIds.length > 0) {
      await tx.execute(sql`delete from scheduler_leases where id = any(${uuidArray(doneLeaseIds)}) and worker_id = ${workerId}`);
    }
    return "recorded";
  });
}
