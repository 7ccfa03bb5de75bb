import { z } from "zod";
import { vendorWebhookUrl } from "../webhook-url";

export const slackMentions = ["none", "here", "channel"] as const;

export const slackConfig = z.object({
  /** Who Slack notifies on down-type alerts; recoveries and tests never mention anyone. */
  mention: z.enum(slackMentions, { error: "mention: none, here or channel" }).default("none"),
});
export type SlackConfig = z.output<typeof slackConfig>;

export const slackSecrets = z.object({
  webhookUrl: vendorWebhookUrl("webhookUrl", ["hooks.slack.com", "hooks.slack-gov.com"], /^\/services\/.+/, "https://hooks.slack.com/services/T000/B000/XXXX"),
});
export type SlackSecrets = z.output<typeof slackSecrets>;
