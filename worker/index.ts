import { run, type TaskList } from "graphile-worker";
import { closeDb } from "@/lib/db";
import { databaseUrl, env } from "@/lib/env";
import { checkRun } from "./tasks/check__run";
import { checksReconcile } from "./tasks/checks__reconcile";

const taskList: TaskList = {
  check__run: checkRun,
  checks__reconcile: checksReconcile,
};

/** A worker process: any number of them, on any machine, share the jobs in PostgreSQL. */
async function main() {
  const runner = await run({
    connectionString: databaseUrl(),
    concurrency: env.WORKER_CONCURRENCY,
    pollInterval: 1000,
    taskList,
    crontab: "* * * * * checks__reconcile ?max=1",
  });
  console.log(`[worker] started (region ${env.WORKER_REGION}, concurrency ${env.WORKER_CONCURRENCY})`);
  await runner.promise;
  await closeDb();
}

main().catch((error: unknown) => {
  console.error("[worker] fatal", error);
  process.exit(1);
});
