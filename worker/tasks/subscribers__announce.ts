import type { Task } from "graphile-worker";
import { reactOnce } from "@/lib/events/react";
import { parseJobPayload } from "@/lib/jobs/registry";
import { fanOut } from "@/lib/services/subscribers/fan-out";
import { buildMessages } from "@/lib/services/subscribers/messages/build";

/** An incident, maintenance or check change becomes one message per page, with its deliveries queued, once per event. */
export const subscribersAnnounce: Task = async (raw) => {
  const event = parseJobPayload("subscribers__announce", raw);
  const messages = await buildMessages(event);
  if (messages.length === 0) return;
  await reactOnce("subscribers__announce", event, async (tx) => {
    for (const message of messages) await fanOut(tx, event.eventId, message);
  });
};
