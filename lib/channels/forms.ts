import { EmailFields } from "./email/form";
import { emailType } from "./email/schema";
import { WebhookFields } from "./webhook/form";
import { webhookType } from "./webhook/schema";
import { SlackFields } from "./slack/form";
import { slackType } from "./slack/schema";
import { DiscordFields } from "./discord/form";
import { discordType } from "./discord/schema";
import { TeamsFields } from "./teams/form";
import { teamsType } from "./teams/schema";
import { GoogleChatFields } from "./google-chat/form";
import { googleChatType } from "./google-chat/schema";
import type { ChannelForm } from "./form-section";
import { NtfyFields } from "./ntfy/form";
import { ntfyType } from "./ntfy/meta";
import { OpsgenieFields } from "./opsgenie/form";
import { opsgenieType } from "./opsgenie/meta";
import { PagerDutyFields } from "./pagerduty/form";
import { pagerDutyType } from "./pagerduty/meta";
import { PushoverFields } from "./pushover/form";
import { pushoverType } from "./pushover/meta";
import { StatuspageFields } from "./statuspage/form";
import { statuspageType } from "./statuspage/meta";
import { TelegramFields } from "./telegram/form";
import { telegramType } from "./telegram/meta";

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
  { ...telegramType, Fields: TelegramFields },
  { ...ntfyType, Fields: NtfyFields },
  { ...pushoverType, Fields: PushoverFields },
  { ...pagerDutyType, Fields: PagerDutyFields },
  { ...opsgenieType, Fields: OpsgenieFields },
  { ...statuspageType, Fields: StatuspageFields },
];
