import type { Task } from "graphile-worker";
import { reactOnce } from "@/lib/events/react";
import { parseJobPayload } from "@/lib/jobs/registry";
import { followMember } from "@/lib/services/composites/follow";

/** A check changed state: the composites that list it follow at once, once per event. */
export const compositesFollowMember: Task = async (raw) => {
  const event = parseJobPayload("composites__follow_member", raw);
  await reactOnce("composites__follow_member", event, async (tx) => {
    await followMember(tx, event);
  });
};
