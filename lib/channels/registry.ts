import "server-only";
import { resolveMailTransport } from "@/lib/email/transport";
import { discordChannel } from "./discord";
import { emailChannel } from "./email";
import { keepAlertInOutbox } from "./email/outbox";
import { googleChatChannel } from "./google-chat";
import { slackChannel } from "./slack";
import { teamsChannel } from "./teams";
import { ntfyChannel } from "./ntfy";
import { opsgenieChannel } from "./opsgenie";
import { pagerDutyChannel } from "./pagerduty";
import { pushoverChannel } from "./pushover";
import { statuspageChannel } from "./statuspage";
import { telegramChannel } from "./telegram";
import type { AnyChannelModule } from "./types";
import { webhookChannel } from "./webhook";

/**
 * Every alert channel type, in the order the type picker lists them. Each lives in its own folder
 * (lib/channels/<type>/index.ts); add one line here and one in ./forms.ts.
 */
export const channelModules: readonly AnyChannelModule[] = [
  emailChannel({ transport: resolveMailTransport, keepInOutbox: keepAlertInOutbox }),
  webhookChannel,
  slackChannel,
  discordChannel,
  teamsChannel,
  googleChatChannel,
  telegramChannel,
  ntfyChannel,
  pushoverChannel,
  pagerDutyChannel,
  opsgenieChannel,
  statuspageChannel,
];

export function channelModuleOf(type: string, modules: readonly AnyChannelModule[] = channelModules): AnyChannelModule | undefined {
  return modules.find((module) => module.type === type);
}
