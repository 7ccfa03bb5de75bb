import { z } from "zod";

const email = z.string().trim().toLowerCase().max(254, "E-mail: at most 254 characters").email("E-mail: enter an address like ann@example.com");
const httpsUrl = (field: string) =>
  z
    .string()
    .trim()
    .max(2_000, `${field}: at most 2,000 characters`)
    .url(`${field}: enter a full URL starting with https://`)
    .refine((v) => /^https?:\/\//i.test(v), `${field}: only http(s) URLs`);
const slackUrl = httpsUrl("Slack URL").refine(
  (v) => /^https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]+$/.test(v),
  "Slack URL: paste the incoming-webhook URL, https://hooks.slack.com/services/…",
);

/** The visitor's choice: the whole page (both lists empty), or these components and groups. */
export const subscriberScope = z.object({
  componentIds: z.array(z.uuid("Components: unknown component")).max(500).default([]),
  groupNames: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
});
export type SubscriberScope = z.infer<typeof subscriberScope>;

/** What the Subscribe control posts. `website` is the honeypot: people never see it, bots fill it. */
export const subscribeRequest = z.discriminatedUnion("channel", [
  z.object({ channel: z.literal("email"), email, ...subscriberScope.shape, website: z.string().max(500).optional() }),
  z.object({ channel: z.literal("webhook"), url: httpsUrl("Webhook URL"), ...subscriberScope.shape, website: z.string().max(500).optional() }),
  z.object({ channel: z.literal("slack"), url: slackUrl, ...subscriberScope.shape, website: z.string().max(500).optional() }),
]);
export type SubscribeRequest = z.infer<typeof subscribeRequest>;
