import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

export type WorkerIdentity = { id: string; region: string; host: string; pid: number; jobPoolId?: string | null };

export async function registerWorker(worker: WorkerIdentity): Promise<void> {
  await db.execute(sql`
    insert into scheduler_workers (id, region, host, pid, job_pool_id)
    values (${worker.id}, ${worker.region}, ${worker.host}, ${worker.pid}, ${worker.jobPoolId ?? null})`);
}

/** The graphile-worker pool that runs this worker's jobs (known only once the runner starts). */
export async function setJobPool(workerId: string, jobPoolId: string): Promise<void> {
  await db.execute(sql`update scheduler_workers set job_pool_id = ${jobPoolId} where id = ${workerId}`);
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
 * The jobs they had locked (a reaction cut short by a crash) are unlocked for any worker to retry
 * now, rather than after graphile-worker's four-hour timeout.
 */
export async function reapDeadWorkers(livenessSeconds: number, except: string): Promise<string[]> {
  const result = await db.execute<{ id: string; job_pool_id: string | null }>(sql`
    delete from scheduler_workers
    where heartbeat_at < now() - make_interval(secs => ${livenessSeconds}) and id <> ${except}
    returning id, job_pool_id`);
  const pools = result.rows.flatMap((row) => (row.job_pool_id ? [row.job_pool_id] : []));
  if (pools.length > 0) await db.execute(sql`select graphile_worker.force_unlock_workers(${`{${pools.join(",")}}`}::text[])`);
  return result.rows.map((row) => row.id);
}
