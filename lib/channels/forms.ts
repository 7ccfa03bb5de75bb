import { EmailFields } from "./email/form";
import { emailType } from "./email/meta";
import { WebhookFields } from "./webhook/form";
import { webhookType } from "./webhook/meta";
import { SlackFields } from "./slack/form";
import { slackType } from "./slack/meta";
import { DiscordFields } from "./discord/form";
import { discordType } from "./discord/meta";
import { TeamsFields } from "./teams/form";
import { teamsType } from "./teams/meta";
import { GoogleChatFields } from "./google-chat/form";
import { googleChatType } from "./google-chat/meta";
import type { ChannelForm } from "./form-section";

/**
 * The channel form's sections, one per type, in the order of ./registry.ts. The browser imports
 * this list, so it names only each folder's form component: never its send code.
 */
export const channelForms: readonly ChannelForm[] = [
  { ...emailType, Fields: EmailFields },
  { ...webhookType, Fields: WebhookFields },
  { ...slackType, Fields: SlackFields },
  { ...discordType, Fields: DiscordFields },
  { ...teamsType, Fields: TeamsFields },
  { ...googleChatType, Fields: GoogleChatFields },
];
