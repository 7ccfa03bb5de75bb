import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { deliverBatch } from "@/lib/services/subscribers/deliver";

/** Sends one batch (500 subscribers) of a message; a retry or a takeover never resends a row. */
export const subscribersDeliver: Task = async (raw, helpers) => {
  const { messageId, batch } = parseJobPayload("subscribers__deliver", raw);
  const report = await deliverBatch(messageId, batch);
  if (report.failed + report.bounced + report.interrupted > 0) helpers.logger.warn(`subscribers ${messageId}/${batch}: ${JSON.stringify(report)}`);
};
