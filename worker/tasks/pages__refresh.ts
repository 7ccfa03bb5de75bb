import type { Task } from "graphile-worker";
import { reactOnce } from "@/lib/events/react";
import { parseJobPayload } from "@/lib/jobs/registry";
import { refreshPagesFor } from "@/lib/services/status-page/refresh";

/** Something shown on status pages changed: their cached copies are refreshed, once per event. */
export const pagesRefresh: Task = async (raw) => {
  const event = parseJobPayload("pages__refresh", raw);
  await reactOnce("pages__refresh", event, (tx) => refreshPagesFor(tx, event));
};
