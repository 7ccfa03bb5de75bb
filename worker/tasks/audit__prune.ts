import type { Task } from "graphile-worker";
import { z } from "zod";
import { env } from "@/lib/env";
import { pruneAuditLog } from "@/lib/services/audit/prune";

const payload = z.object({});

/** Daily: audit entries older than AUDIT_RETENTION_DAYS. */
export const auditPrune: Task = async (raw, helpers) => {
  payload.parse(raw ?? {});
  const removed = await pruneAuditLog({ keepDays: env.AUDIT_RETENTION_DAYS });
  if (removed > 0) helpers.logger.info(`pruned ${removed} audit entries`);
};
