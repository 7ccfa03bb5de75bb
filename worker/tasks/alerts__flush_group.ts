import type { Task } from "graphile-worker";
import { db } from "@/lib/db";
import { parseJobPayload } from "@/lib/jobs/registry";
import { lockWorkspaceAlerts } from "@/lib/services/alerts/engine/facts";
import { flushPending } from "@/lib/services/alerts/engine/notify";

/** A grouping window ended: each channel gets one message listing what was gathered. Idempotent: pending rows go as they are sent. */
export const alertsFlushGroup: Task = async (raw) => {
  const { workspaceId, windowEndsAt } = parseJobPayload("alerts__flush_group", raw);
  await db.transaction(async (tx) => {
    await lockWorkspaceAlerts(tx, workspaceId);
    await flushPending(tx, workspaceId, new Date(windowEndsAt));
  });
};
