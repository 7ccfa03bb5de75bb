import type { MessagePayload } from "../messages/payload";
import type { SubscriberLinks } from "./notice-email";

/** Slack's mrkdwn treats &, < and > as markup. */
function escapeSlack(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** A Block Kit message for an incoming webhook: headline, latest update, and the page's links. */
export function slackBody(payload: MessagePayload, links: SubscriberLinks): string {
  const latest = payload.latest;
  const blocks: Record<string, unknown>[] = [
    { type: "header", text: { type: "plain_text", text: `${payload.page.name}: ${payload.headline}`.slice(0, 150) } },
  ];
  if (latest) blocks.push({ type: "section", text: { type: "mrkdwn", text: `*${escapeSlack(latest.status)}*\n${escapeSlack(latest.body)}`.slice(0, 3000) } });
  if (payload.componentNames.length > 0) {
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `Affected: ${escapeSlack(payload.componentNames.join(", "))}`.slice(0, 3000) }] });
  }
  blocks.push({
    type: "context",
    elements: [{ type: "mrkdwn", text: `<${links.page}${payload.path}|View status page> · <${links.manage}|Manage subscription> · <${links.unsubscribe}|Unsubscribe>` }],
  });
  return JSON.stringify({ text: `${payload.page.name}: ${payload.headline}`, blocks });
}
