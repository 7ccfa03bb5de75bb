import type { OutgoingEmail } from "@/lib/email/enqueue";
import { escapeHtml } from "@/lib/email/send";
import { CONFIRMATION_DAYS } from "../tokens";
import { brandedHtml, brandedText, subjectName, type PageBrand } from "./email-layout";

/** Double opt-in: nothing else is sent to the address until this link is followed. */
export function confirmationEmail(to: string, brand: PageBrand, links: { confirm: string; pageUrl: string }): OutgoingEmail {
  const name = subjectName(brand);
  return {
    to,
    kind: "subscription_confirm",
    subject: `Confirm your subscription to ${name} status`,
    text: brandedText(
      `Someone, hopefully you, asked to be told about incidents and maintenance on ${name}.\n\n` +
        `Confirm within ${CONFIRMATION_DAYS} days: ${links.confirm}\n\nIf it was not you, ignore this message: nothing more will be sent.`,
      { pageUrl: links.pageUrl },
    ),
    html: brandedHtml(
      brand,
      `<p>Someone, hopefully you, asked to be told about incidents and maintenance on <strong>${escapeHtml(name)}</strong>.</p>` +
        `<p><a href="${escapeHtml(links.confirm)}">Confirm your subscription</a> within ${CONFIRMATION_DAYS} days.</p>` +
        `<p>If it was not you, ignore this message: nothing more will be sent.</p>`,
      { pageUrl: links.pageUrl },
    ),
  };
}

/** Sent instead of a second confirmation to an address already subscribed: the form's answer stays the same. */
export function alreadySubscribedEmail(to: string, brand: PageBrand, links: { manage: string; pageUrl: string }): OutgoingEmail {
  const name = subjectName(brand);
  return {
    to,
    kind: "subscription_exists",
    subject: `You are already subscribed to ${name} status`,
    text: brandedText(`This address already receives ${name}'s status updates.\n\nChange what you receive or unsubscribe: ${links.manage}`, { pageUrl: links.pageUrl }),
    html: brandedHtml(
      brand,
      `<p>This address already receives ${escapeHtml(name)}'s status updates.</p><p><a href="${escapeHtml(links.manage)}">Change what you receive or unsubscribe</a>.</p>`,
      { pageUrl: links.pageUrl },
    ),
  };
}
