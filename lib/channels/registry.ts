import "server-only";
import { ntfyChannel } from "./ntfy";
import { opsgenieChannel } from "./opsgenie";
import { pagerDutyChannel } from "./pagerduty";
import { pushoverChannel } from "./pushover";
import { statuspageChannel } from "./statuspage";
import { telegramChannel } from "./telegram";
import type { AnyChannelModule } from "./types";

/**
 * Every alert channel type, in the order the type picker lists them. Each lives in its own folder
 * (lib/channels/<type>/index.ts); add one line here and one in ./forms.ts.
 */
export const channelModules: readonly AnyChannelModule[] = [
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
