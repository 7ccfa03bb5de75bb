import { alertTitle, type AlertMessage } from "../message";
import { checkLine, clip, listedChecks, NO_CHECKS_TEXT } from "../vendor-text";
import type { TelegramConfig } from "./schema";

/** Telegram refuses longer texts; a grouped message is already cut to ten checks before this. */
const MAX_TEXT = 4096;

/** Telegram's HTML parse mode knows only these three entities. */
export function escapeTelegramHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeTelegramHtml(text).replace(/"/g, "&quot;");
}

/** The sendMessage body: bold title, one line per check linking to its page, the acknowledge link. */
export function telegramMessage(message: AlertMessage, config: TelegramConfig) {
  const { checks, more } = listedChecks(message);
  const lines = [`<b>${escapeTelegramHtml(alertTitle(message))}</b>`, ""];
  for (const check of checks) {
    const url = message.checkUrls[check.id];
    const line = escapeTelegramHtml(checkLine(check, message.kind));
    lines.push(url ? `• <a href="${escapeAttribute(url)}">${line}</a>` : `• ${line}`);
  }
  if (more > 0) lines.push(`and ${more} more`);
  if (checks.length === 0) lines.push(escapeTelegramHtml(NO_CHECKS_TEXT));
  if (message.ackUrl) lines.push("", `<a href="${escapeAttribute(message.ackUrl)}">Acknowledge</a>`);
  return {
    chat_id: config.chatId,
    text: clip(lines.join("\n"), MAX_TEXT),
    parse_mode: "HTML" as const,
    link_preview_options: { is_disabled: true },
    // A recovery need not wake anyone.
    disable_notification: message.kind === "recovered",
  };
}
