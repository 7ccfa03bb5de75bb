import { run, type TaskList } from "graphile-worker";
import { closeDb } from "@/lib/db";
import { databaseUrl, env } from "@/lib/env";
import { checkRun } from "./tasks/check__run";
import { checksReconcile } from "./tasks/checks__reconcile";
import { domainVerify } from "./tasks/domain__verify";
import { maintenanceAdvance } from "./tasks/maintenance__advance";
import { maintenancesAdvanceDue } from "./tasks/maintenances__advance_due";

const taskList: TaskList = {
  check__run: checkRun,
  checks__reconcile: checksReconcile,
  domain__verify: domainVerify,
  maintenance__advance: maintenanceAdvance,
  maintenances__advance_due: maintenancesAdvanceDue,
};

const crontab = ["* * * * * checks__reconcile ?max=1", "* * * * * maintenances__advance_due ?max=1"].join("\n");

/** A worker process: any number of them, on any machine, share the jobs in PostgreSQL. */
async function main() {
  const runner = await run({
    connectionString: databaseUrl(),
    concurrency: env.WORKER_CONCURRENCY,
    pollInterval: 1000,
    taskList,
    crontab,
  });
  console.log(`[worker] started (region ${env.WORKER_REGION}, concurrency ${env.WORKER_CONCURRENCY})`);
  await runner.promise;
  await closeDb();
}

main().catch((error: unknown) => {
  console.error("[worker] fatal", error);
  process.exit(1);
});
