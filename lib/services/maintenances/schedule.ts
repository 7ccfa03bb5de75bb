import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db";

type Executor = Pick<Database, "execute">;

/**
 * Queues the maintenance__advance task for the exact moments a window opens and closes, so the
 * page changes on time; the minute crontab is the safety net for a lost job.
 */
export async function scheduleMaintenanceAdvance(executor: Executor, maintenanceId: string, moments: Date[]): Promise<void> {
  for (const [i, at] of moments.entries()) {
    await executor.execute(sql`
      select graphile_worker.add_job(
        'maintenance__advance',
        json_build_object('maintenanceId', ${maintenanceId}::text),
        run_at := ${at.toISOString()}::timestamptz,
        job_key := ${`maintenance:${maintenanceId}:${i === 0 ? "start" : "end"}`},
        job_key_mode := 'replace',
        max_attempts := 5
      )`);
  }
}
