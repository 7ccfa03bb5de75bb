import { checkDetail, clip, listedChecks, moreLine } from "../summary";
import { alertTitle, type AlertMessage } from "../message";

const styles: Record<AlertMessage["kind"], "attention" | "good" | "warning" | "accent" | "default"> = {
  down: "attention",
  heartbeat_missed: "attention",
  recovered: "good",
  degraded: "warning",
  tls_expiring: "warning",
  composite: "accent",
  test: "default",
};

/** Adaptive Card text takes a little Markdown: brackets and stars in names stay literal. */
function teamsEscape(text: string): string {
  return text.replace(/([\\*_[\]])/g, "\\$1");
}

/**
 * The body a Teams workflow webhook expects: a message whose one attachment is an Adaptive Card
 * (1.4, the version Teams renders everywhere) with the checks as facts and the links as actions.
 */
export function teamsPayload(message: AlertMessage) {
  const { shown, more } = listedChecks(message);
  const facts = shown.map((check) => ({ title: clip(check.name, 100), value: clip(checkDetail(check, message.kind), 200) }));
  const extra = moreLine(more);
  const single = message.checks.length === 1 ? message.checks[0] : undefined;
  const checkUrl = single ? message.checkUrls[single.id] : undefined;
  const actions = [
    ...(message.ackUrl ? [{ type: "Action.OpenUrl", title: "Acknowledge", url: message.ackUrl }] : []),
    ...(checkUrl ? [{ type: "Action.OpenUrl", title: "Open check", url: checkUrl }] : []),
  ];
  const card = {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.4",
    msteams: { width: "Full" },
    body: [
      { type: "TextBlock", text: teamsEscape(alertTitle(message)), weight: "Bolder", size: "Large", wrap: true, color: styles[message.kind] },
      { type: "FactSet", facts },
      ...(extra ? [{ type: "TextBlock", text: extra, isSubtle: true, wrap: true }] : []),
      { type: "TextBlock", text: `${teamsEscape(message.workspace.name)} · ${message.occurredAt}`, isSubtle: true, size: "Small", wrap: true },
    ],
    ...(actions.length ? { actions } : {}),
  };
  return {
    type: "message",
    attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content: card }],
  };
}
