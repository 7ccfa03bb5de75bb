import type { JobHelpers } from "graphile-worker";
import { Logger } from "graphile-worker";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { subscribers } from "@/lib/events/subscribers";
import { tasks } from "@/worker/tasks";

const quiet = new Logger(() => () => {});
const reactionTasks = [...new Set(Object.values(subscribers).flat())];
type ReactionTask = (typeof reactionTasks)[number];

type PendingJob = { id: string; task_identifier: ReactionTask; payload: unknown; key: string };

/**
 * Runs the reactions queued for events about this check or page, as a worker would (the real
 * tasks), until none is left; a job another test's worker holds is waited for, not run twice.
 */
export async function runReactions(subjectId: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let ran = 0;
  for (;;) {
    const claimed = await db.execute<PendingJob>(sql`
      update graphile_worker._private_jobs j set locked_at = now(), locked_by = 'test-reactions', attempts = attempts + 1
      from graphile_worker._private_tasks t
      where t.id = j.task_id and j.id in (
        select j2.id from graphile_worker._private_jobs j2 join graphile_worker._private_tasks t2 on t2.id = j2.task_id
        where t2.identifier = any(${`{${reactionTasks.join(",")}}`}::text[]) and j2.locked_at is null
          and (j2.payload->>'checkId' = ${subjectId} or j2.payload->>'pageId' = ${subjectId})
        order by j2.id for update skip locked)
      returning j.id, t.identifier as task_identifier, j.payload, j.key`);
    for (const job of claimed.rows.sort((a, b) => Number(a.id) - Number(b.id))) {
      await tasks[job.task_identifier](job.payload, { logger: quiet, job } as unknown as JobHelpers);
      await db.execute(sql`delete from graphile_worker._private_jobs where id = ${job.id}`);
      ran += 1;
    }
    if (claimed.rows.length > 0) continue;
    const held = await db.execute(sql`
      select 1 from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
      where t.identifier = any(${`{${reactionTasks.join(",")}}`}::text[])
        and (j.payload->>'checkId' = ${subjectId} or j.payload->>'pageId' = ${subjectId})`);
    if (held.rows.length === 0) return ran;
    if (Date.now() > deadline) throw new Error(`reactions for ${subjectId} still pending after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
