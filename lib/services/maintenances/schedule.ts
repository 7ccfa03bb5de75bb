import "server-only";
import { enqueue, type JobExecutor } from "@/lib/jobs/registry";

/**
 * Queues the maintenance__advance task for the exact moments a window opens and closes, so the
 * page changes on time; the minute crontab is the safety net for a lost job.
 */
export async function scheduleMaintenanceAdvance(executor: JobExecutor, maintenanceId: string, moments: Date[]): Promise<void> {
  for (const [i, runAt] of moments.entries()) {
    const jobKey = `maintenance:${maintenanceId}:${i === 0 ? "start" : "end"}`;
    await enqueue(executor, "maintenance__advance", { maintenanceId }, { runAt, jobKey, jobKeyMode: "replace", maxAttempts: 5 });
  }
}
