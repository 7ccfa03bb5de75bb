import { z } from "zod";
import { subscriberMessageKinds } from "@/db/schema";

/**
 * What one subscriber message carries, stored once per message and rendered per subscriber by
 * each channel. `statuspage` holds the body of Statuspage's webhook after `meta` and `page`:
 * `incident` (with `incident_updates`), or `component_update` with `component`.
 */
export const messagePayload = z.object({
  kind: z.enum(subscriberMessageKinds),
  page: z.object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    logoUrl: z.string().nullable(),
    brandColor: z.string().nullable(),
    statusIndicator: z.string(),
    statusDescription: z.string(),
  }),
  /** "Incident: API errors", "Maintenance completed: Database upgrade". */
  headline: z.string(),
  /** The newest update's status and Markdown body, when there is one. */
  latest: z.object({ status: z.string(), body: z.string(), at: z.string() }).nullable(),
  componentNames: z.array(z.string()),
  /** Link to the incident or maintenance on the page, relative to the page's address. */
  path: z.string(),
  statuspage: z.record(z.string(), z.unknown()),
});
export type MessagePayload = z.infer<typeof messagePayload>;
