import type { Task } from "graphile-worker";
import type { JobName } from "@/lib/jobs/registry";
import { auditPrune } from "./audit__prune";
import { checkRunsPrune } from "./check_runs__prune";
import { checksReconcile } from "./checks__reconcile";
import { compositeEvaluate } from "./composite__evaluate";
import { compositesEvaluate } from "./composites__evaluate";
import { compositesFollowMember } from "./composites__follow_member";
import { domainVerify } from "./domain__verify";
import { emailSend } from "./email__send";
import { heartbeatsEvaluate } from "./heartbeats__evaluate";
import { incidentsAuto } from "./incidents__auto";
import { maintenanceAdvance } from "./maintenance__advance";
import { maintenancesAdvanceDue } from "./maintenances__advance_due";
import { pagesRefresh } from "./pages__refresh";
import { rateLimitsPrune } from "./rate_limits__prune";
import { reactionsPrune } from "./reactions__prune";
import { rollupsPrune } from "./rollups__prune";
import { rollupsRefresh } from "./rollups__refresh";
import { subscribersAnnounce } from "./subscribers__announce";
import { subscribersDeliver } from "./subscribers__deliver";

/**
 * The task of every registered job but the per-region dispatch (which needs the process's
 * scheduler, see worker/index.ts). A job added to the registry without a task here is a type error.
 */
export const tasks: Record<Exclude<JobName, "checks__dispatch">, Task> = {
  checks__reconcile: checksReconcile,
  rollups__refresh: rollupsRefresh,
  rollups__prune: rollupsPrune,
  check_runs__prune: checkRunsPrune,
  heartbeats__evaluate: heartbeatsEvaluate,
  composite__evaluate: compositeEvaluate,
  composites__evaluate: compositesEvaluate,
  incidents__auto: incidentsAuto,
  composites__follow_member: compositesFollowMember,
  pages__refresh: pagesRefresh,
  reactions__prune: reactionsPrune,
  domain__verify: domainVerify,
  maintenance__advance: maintenanceAdvance,
  maintenances__advance_due: maintenancesAdvanceDue,
  email__send: emailSend,
  rate_limits__prune: rateLimitsPrune,
  audit__prune: auditPrune,
  subscribers__announce: subscribersAnnounce,
  subscribers__deliver: subscribersDeliver,
};
