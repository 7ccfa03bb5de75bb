import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { env } from "@/lib/env";
import { pruneAuditLog } from "@/lib/services/audit/prune";

/** Daily: audit entries older than AUDIT_RETENTION_DAYS. */
export const auditPrune: Task = async (raw, helpers) => {
  parseJobPayload("audit__prune", raw);
  const removed = await pruneAuditLog({ keepDays: env.AUDIT_RETENTION_DAYS });
  if (removed > 0) helpers.logger.info(`pruned ${removed} audit entries`);
};
