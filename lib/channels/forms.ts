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
