import { headerText } from "@/lib/email/header-text";
import { escapeHtml } from "@/lib/email/send";
import { formatUtc } from "@/lib/format";
import { checkDetail, kindColourHex, listedChecks, moreLine } from "../summary";
import { alertTitle, type AlertMessage } from "../message";

/** A mail may list more than a chat message, still not a thousand lines. */
const LISTED_IN_MAIL = 50;

export type AlertEmail = { subject: string; text: string; html: string; headers: Record<string, string> };

/** Subject, plain text and HTML of an alert mail; every user-chosen text is escaped or flattened. */
export function alertEmail(message: AlertMessage): AlertEmail {
  const title = alertTitle(message);
  const { shown, more } = listedChecks(message, LISTED_IN_MAIL);
  const extra = moreLine(more);
  const when = formatUtc(new Date(message.occurredAt));
  const textLines = shown.map((check) => {
    const url = message.checkUrls[check.id];
    return `- ${check.name}: ${checkDetail(check, message.kind)}${url ? ` (${url})` : ""}`;
  });
  const htmlItems = shown.map((check) => {
    const url = message.checkUrls[check.id];
    const name = escapeHtml(check.name);
    return `<li>${url ? `<a href="${escapeHtml(url)}">${name}</a>` : name}: ${escapeHtml(checkDetail(check, message.kind))}</li>`;
  });
  const text = [
    `${title}`,
    "",
    ...textLines,
    ...(extra ? [extra] : []),
    "",
    `Workspace: ${message.workspace.name}`,
    `When: ${when}`,
    ...(message.ackUrl ? ["", `Acknowledge: ${message.ackUrl}`] : []),
    "",
  ].join("\n");
  const html =
    `<h2 style="color:${kindColourHex(message.kind)}">${escapeHtml(title)}</h2>` +
    `<ul>${htmlItems.join("")}${extra ? `<li><em>${extra}</em></li>` : ""}</ul>` +
    `<p>Workspace: ${escapeHtml(message.workspace.name)}<br>When: ${when}</p>` +
    (message.ackUrl ? `<p><a href="${escapeHtml(message.ackUrl)}">Acknowledge</a></p>` : "");
  return {
    subject: `[Pingpage] ${headerText(title, 150)}`,
    text,
    html,
    // Auto-Submitted keeps vacation replies and other auto-responders from answering alerts.
    headers: { "Auto-Submitted": "auto-generated", "X-Pingpage-Alert": message.kind },
  };
}
