import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db";

type Executor = Pick<Database, "execute">;

/** Evaluates a composite check soon, in the caller's transaction (the trigger does it on member changes). */
export async function queueCompositeEvaluation(executor: Executor, checkId: string): Promise<void> {
  await executor.execute(sql`
    select graphile_worker.add_job('composite__evaluate', json_build_object('checkId', ${checkId}::text),
      job_key := ${`composite:${checkId}`}, job_key_mode := 'replace', max_attempts := 3)`);
}
