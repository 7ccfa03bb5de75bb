import type { Task } from "graphile-worker";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

/**
 * Safety net, every minute: any active check without a queued run (a job lost to a failed
 * deploy, a restore from backup, a row edited by hand) gets one now.
 */
export const checksReconcile: Task = async (_payload, helpers) => {
  const result = await db.execute(sql`
    select graphile_worker.add_job(
      'check__run',
      json_build_object('checkId', c.id::text),
      job_key := 'check:' || c.id::text,
      job_key_mode := 'preserve_run_at',
      max_attempts := 3
    )
    from checks c
    where not c.paused
      and c.type not in ('heartbeat', 'composite')
      and not exists (select 1 from graphile_worker.jobs j where j.key = 'check:' || c.id::text)`);
  if (result.rowCount) helpers.logger.warn(`requeued ${result.rowCount} check(s) that had no pending run`);
};
