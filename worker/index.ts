import { run, type TaskList } from "graphile-worker";
import { closeDb } from "@/lib/db";
import { databaseUrl, env } from "@/lib/env";
import { checkRun } from "./tasks/check__run";
import { checksReconcile } from "./tasks/checks__reconcile";
import { checkRunsPrune } from "./tasks/check_runs__prune";
import { compositeEvaluate } from "./tasks/composite__evaluate";
import { compositesEvaluate } from "./tasks/composites__evaluate";
import { heartbeatsEvaluate } from "./tasks/heartbeats__evaluate";
import { rollupsPrune } from "./tasks/rollups__prune";
import { rollupsRefresh } from "./tasks/rollups__refresh";
import { domainVerify } from "./tasks/domain__verify";
import { maintenanceAdvance } from "./tasks/maintenance__advance";
import { maintenancesAdvanceDue } from "./tasks/maintenances__advance_due";

const taskList: TaskList = {
  check__run: checkRun,
  checks__reconcile: checksReconcile,
  // Results: rollups, retention, heartbeats and composites.
  rollups__refresh: rollupsRefresh,
  rollups__prune: rollupsPrune,
  check_runs__prune: checkRunsPrune,
  heartbeats__evaluate: heartbeatsEvaluate,
  composite__evaluate: compositeEvaluate,
  composites__evaluate: compositesEvaluate,
  // Status pages: custom domains and maintenance windows.
  domain__verify: domainVerify,
  maintenance__advance: maintenanceAdvance,
  maintenances__advance_due: maintenancesAdvanceDue,
};

/** `max` is graphile-worker's max_attempts: a failed minute tick is simply redone by the next one. */
const crontab = [
  "* * * * * checks__reconcile ?max=1",
  "* * * * * rollups__refresh ?max=1",
  "* * * * * heartbeats__evaluate ?max=1",
  "* * * * * composites__evaluate ?max=1",
  "17 * * * * check_runs__prune ?max=3",
  "23 * * * * rollups__prune ?max=3",
  "* * * * * maintenances__advance_due ?max=1",
];

/** A worker process: any number of them, on any machine, share the jobs in PostgreSQL. */
async function main() {
  const runner = await run({
    connectionString: databaseUrl(),
    concurrency: env.WORKER_CONCURRENCY,
    pollInterval: 1000,
    taskList,
    crontab: crontab.join("\n"),
  });
  console.log(`[worker] started (region ${env.WORKER_REGION}, concurrency ${env.WORKER_CONCURRENCY})`);
  await runner.promise;
  await closeDb();
}

main().catch((error: unknown) => {
  console.error("[worker] fatal", error);
  process.exit(1);
});
