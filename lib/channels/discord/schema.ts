import { z } from "zod";
import { vendorWebhookUrl } from "../webhook-url";

export const discordMentions = ["none", "here", "everyone"] as const;

export const discordConfig = z.object({
  /** Who Discord pings on down-type alerts; recoveries and tests ping no one. */
  mention: z.enum(discordMentions, { error: "mention: none, here or everyone" }).default("none"),
});
export type DiscordConfig = z.output<typeof discordConfig>;

export const discordSecrets = z.object({
  webhookUrl: vendorWebhookUrl(
    "webhookUrl",
    ["discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com"],
    /^\/api\/(v\d+\/)?webhooks\/\d+\/[\w-]+\/?$/,
    "https://discord.com/api/webhooks/123/abc",
  ),
});
export type DiscordSecrets = z.output<typeof discordSecrets>;
