import { clip, checkDetail, listedChecks, moreLine } from "../summary";
import { alertTitle, type AlertMessage } from "../message";
import type { SlackConfig } from "./schema";

/** mrkdwn treats &, < and > as markup: user text must not open a link or a mention. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const emoji: Record<AlertMessage["kind"], string> = {
  down: ":red_circle:",
  heartbeat_missed: ":red_circle:",
  recovered: ":large_green_circle:",
  degraded: ":large_orange_circle:",
  tls_expiring: ":lock:",
  composite: ":large_blue_circle:",
  test: ":white_circle:",
};

const quietKinds = new Set<AlertMessage["kind"]>(["recovered", "test"]);

/** A Block Kit message for an incoming webhook: header, the checks, a context line, buttons. */
export function slackPayload(message: AlertMessage, config: SlackConfig) {
  const title = alertTitle(message);
  const { shown, more } = listedChecks(message);
  const lines = shown.map((check) => {
    const url = message.checkUrls[check.id];
    const name = slackEscape(clip(check.name, 120));
    return `• ${url ? `<${url}|*${name}*>` : `*${name}*`} — ${slackEscape(clip(checkDetail(check, message.kind), 200))}`;
  });
  const extra = moreLine(more);
  if (extra) lines.push(`_${extra}_`);
  const mention = config.mention !== "none" && !quietKinds.has(message.kind) ? `<!${config.mention}> ` : "";
  const buttons = message.ackUrl
    ? [{ type: "actions", elements: [{ type: "button", style: "primary", text: { type: "plain_text", text: "Acknowledge" }, url: message.ackUrl }] }]
    : [];
  return {
    text: `${mention}${emoji[message.kind]} ${slackEscape(title)}`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: clip(`${emoji[message.kind]} ${title}`, 150), emoji: true } },
      { type: "section", text: { type: "mrkdwn", text: clip(`${mention}${lines.join("\n")}`, 3000) } },
      { type: "context", elements: [{ type: "mrkdwn", text: `${slackEscape(message.workspace.name)} · <!date^${unix(message.occurredAt)}^{date_short_pretty} {time}|${message.occurredAt}>` }] },
      ...buttons,
    ],
  };
}

function unix(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}
