import { escapeHtml } from "@/lib/email/send";
import { headerText } from "@/lib/email/header-text";
import type { OutgoingEmail } from "@/lib/email/enqueue";

export type ChannelFailingMessage = { to: string; channelName: string; error: string; link: string };

/** Tells an owner that an alert channel keeps failing, so alerts may not be reaching anyone. */
export function channelFailingEmail({ to, channelName, error, link }: ChannelFailingMessage): OutgoingEmail {
  const name = headerText(channelName) || "An alert channel";
  return {
    to,
    kind: "alert_channel_failing",
    subject: `Alert channel "${name}" keeps failing`,
    text: `Pingpage could not deliver alerts to the channel "${name}".\n\nLast error: ${error}\n\nCheck its settings: ${link}\n`,
    html:
      `<p>Pingpage could not deliver alerts to the channel <strong>${escapeHtml(name)}</strong>.</p>` +
      `<p>Last error: ${escapeHtml(error)}</p><p><a href="${escapeHtml(link)}">Check its settings</a></p>`,
  };
}
