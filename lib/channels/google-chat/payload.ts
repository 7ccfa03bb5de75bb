import { escapeHtml } from "@/lib/email/send";
import { checkDetail, clip, kindColourHex, listedChecks, moreLine } from "../summary";
import { alertTitle, type AlertMessage } from "../message";

/**
 * A message with plain `text` (shown in notifications) and one cardsV2 card: the checks as
 * decorated text widgets (card text takes a little HTML, so user text is escaped) and buttons.
 */
export function googleChatPayload(message: AlertMessage) {
  const title = alertTitle(message);
  const { shown, more } = listedChecks(message);
  const widgets: object[] = shown.map((check) => {
    const url = message.checkUrls[check.id];
    return {
      decoratedText: {
        topLabel: escapeHtml(clip(check.status, 40)),
        text: `<b>${escapeHtml(clip(check.name, 100))}</b>`,
        bottomLabel: escapeHtml(clip(checkDetail(check, message.kind), 200)),
        wrapText: true,
        ...(url ? { onClick: { openLink: { url } } } : {}),
      },
    };
  });
  const extra = moreLine(more);
  if (extra) widgets.push({ textParagraph: { text: `<i>${extra}</i>` } });
  if (message.ackUrl) widgets.push({ buttonList: { buttons: [{ text: "Acknowledge", onClick: { openLink: { url: message.ackUrl } } }] } });
  return {
    text: `${title}${extra ? ` (${message.checks.length} checks)` : ""}`,
    cardsV2: [
      {
        cardId: `pingpage-${message.kind}`,
        card: {
          header: { title: clip(title, 200), subtitle: `<font color="${kindColourHex(message.kind)}">${escapeHtml(clip(message.workspace.name, 100))}</font>` },
          sections: [{ widgets }],
        },
      },
    ],
  };
}
