import "server-only";
import { enqueue, type JobExecutor } from "@/lib/jobs/registry";

/** Evaluates a composite check soon, in the caller's transaction (on create and edit; members' events do the rest). */
export async function queueCompositeEvaluation(executor: JobExecutor, checkId: string): Promise<void> {
  await enqueue(executor, "composite__evaluate", { checkId }, { jobKey: `composite:${checkId}`, jobKeyMode: "replace", maxAttempts: 3 });
}
