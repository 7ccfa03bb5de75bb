import { z } from "zod";
import { MAX_IMPORT_BYTES } from "@/lib/subscribers/csv";

/** The owner's switches: which channels visitors may choose (none turns subscriptions off). */
export const subscriptionSettingsInput = z.object({
  channels: z.array(z.enum(["email", "webhook", "slack"], { error: "Channels: choose e-mail, webhook or Slack" })).max(3),
  notifyComponentChanges: z.boolean(),
});
export type SubscriptionSettingsInput = z.infer<typeof subscriptionSettingsInput>;

/** A CSV import: the file's text, and the owner's word that these people agreed to hear from them. */
export const subscriberImportInput = z.object({
  csv: z
    .string()
    .max(MAX_IMPORT_BYTES, `File: at most ${MAX_IMPORT_BYTES / 1024} KB (about 20,000 addresses); split a bigger list`)
    .refine((text) => text.trim().length > 0, "File: choose a CSV file"),
  consent: z.literal(true, { error: "Consent: confirm that these people agreed to receive this page's updates" }),
});
export type SubscriberImportInput = z.infer<typeof subscriberImportInput>;

export const subscriberId = z.uuid("Unknown subscriber");

/** The search box: anything else is treated as no search. */
export const subscriberSearch = z.string().trim().max(254).catch("");
