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
  { ...telegramType, Fields: TelegramFields },
  { ...ntfyType, Fields: NtfyFields },
  { ...pushoverType, Fields: PushoverFields },
  { ...pagerDutyType, Fields: PagerDutyFields },
  { ...opsgenieType, Fields: OpsgenieFields },
  { ...statuspageType, Fields: StatuspageFields },
];
