import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

export type WorkerIdentity = { id: string; region: string; host: string; pid: number };

export async function registerWorker(worker: WorkerIdentity): Promise<void> {
  await db.execute(sql`
    insert into scheduler_workers (id, region, host, pid) values (${worker.id}, ${worker.region}, ${worker.host}, ${worker.pid})`);
}

/** False when the row is gone: another worker declared this one dead and took its slots over. */
export async function beat(workerId: string): Promise<boolean> {
  const result = await db.execute(sql`update scheduler_workers set heartbeat_at = now() where id = ${workerId} returning id`);
  return result.rows.length > 0;
}

/** A clean exit: the worker's unfinished leases become free for the rest of its region at once. */
export async function retireWorker(workerId: string): Promise<void> {
  await db.execute(sql`delete from scheduler_workers where id = ${workerId}`);
}

/**
 * Deletes workers that stopped beating. The delete waits for any flush still holding a dead
 * worker's row (recordBatch locks it), so a flush either lands before the takeover or not at all.
 */
export async function reapDeadWorkers(livenessSeconds: number, except: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    delete from scheduler_workers
    where heartbeat_at < now() - make_interval(secs => ${livenessSeconds}) and id <> ${except}
    returning id`);
  return result.rows.map((row) => row.id);
}
