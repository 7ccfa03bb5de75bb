import { z } from "zod";

/**
 * A channel as the form, the API and the YAML give it. `config` and `secrets` are checked by the
 * type's own module (lib/channels/<type>/); a secret left out or blank keeps the stored value.
 */
export const alertChannelInput = z.object({
  type: z.string().trim().min(1, "Pick a channel type"),
  name: z.string().trim().min(1, "Give the channel a name").max(80, "At most 80 characters"),
  enabled: z.boolean().default(true),
  config: z.record(z.string(), z.unknown()).default({}),
  secrets: z.record(z.string(), z.unknown()).default({}),
});
export type AlertChannelInput = z.input<typeof alertChannelInput>;

export const alertHistoryQuery = z.object({
  checkId: z.uuid().optional().catch(undefined),
  channelId: z.uuid().optional().catch(undefined),
  status: z.enum(["queued", "sending", "sent", "failed", "gave_up"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type AlertHistoryQuery = z.output<typeof alertHistoryQuery>;
