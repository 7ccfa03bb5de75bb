import { escapeHtml } from "@/lib/email/send";
import { headerText } from "@/lib/email/header-text";
import type { MailMessage } from "@/lib/email/transports/types";
import { renderMarkdown } from "@/lib/markdown";
import type { MessagePayload } from "../messages/payload";
import { brandedHtml, brandedText } from "./email-layout";

export type SubscriberLinks = { page: string; manage: string; unsubscribe: string };

/** The parts every recipient shares, rendered once per batch: Markdown is the costly one. */
export function noticeBody(payload: MessagePayload) {
  const latest = payload.latest;
  const components = payload.componentNames.length > 0 ? `Affected: ${payload.componentNames.join(", ")}` : "";
  return {
    subject: `[${headerText(payload.page.name) || "Status"}] ${headerText(payload.headline)}`.slice(0, 998),
    text: [payload.headline, latest ? `${latest.status}: ${latest.body}` : "", components].filter(Boolean).join("\n\n"),
    html:
      `<h2 style="font-size:18px">${escapeHtml(payload.headline)}</h2>` +
      (latest ? `<p><strong>${escapeHtml(latest.status)}</strong></p>${renderMarkdown(latest.body)}` : "") +
      (components ? `<p style="color:#555">${escapeHtml(components)}</p>` : ""),
  };
}

/**
 * One recipient's e-mail: their manage link in the body and RFC 8058 one-click unsubscribe in the
 * headers, so mail clients show their own Unsubscribe button.
 */
export function noticeEmail(to: string, payload: MessagePayload, body: ReturnType<typeof noticeBody>, links: SubscriberLinks): MailMessage & { kind: string } {
  const footer = { pageUrl: links.page, manage: links.manage, unsubscribe: links.unsubscribe };
  const link = `${links.page}${payload.path}`;
  return {
    to,
    kind: "subscriber_notice",
    subject: body.subject,
    text: brandedText(`${body.text}\n\n${link}`, footer),
    html: brandedHtml(payload.page, `${body.html}<p><a href="${escapeHtml(link)}">View on the status page</a></p>`, footer),
    headers: { "List-Unsubscribe": `<${links.unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
