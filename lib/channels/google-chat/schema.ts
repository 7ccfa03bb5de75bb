import { z } from "zod";
import { vendorWebhookUrl } from "../webhook-url";

export const googleChatConfig = z.object({
  /** One thread per outage: the recovery is posted as a reply to its down message. */
  threaded: z.boolean({ error: "threaded: true or false" }).default(true),
});
export type GoogleChatConfig = z.output<typeof googleChatConfig>;

export const googleChatSecrets = z.object({
  webhookUrl: vendorWebhookUrl("webhookUrl", ["chat.googleapis.com"], /^\/v1\/spaces\/[^/]+\/messages$/, "https://chat.googleapis.com/v1/spaces/AAAA/messages?key=…&token=…"),
});
export type GoogleChatSecrets = z.output<typeof googleChatSecrets>;
