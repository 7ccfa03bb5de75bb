import { checkDetail, clip, kindColour, listedChecks, moreLine } from "../summary";
import { alertTitle, type AlertMessage } from "../message";
import type { DiscordConfig } from "./schema";

/** Markdown characters in user text are shown as typed, not as formatting. */
export function discordEscape(text: string): string {
  return text.replace(/([\\*_~`|>[\]()#-])/g, "\\$1");
}

const quietKinds = new Set<AlertMessage["kind"]>(["recovered", "test"]);

/** One embed: the title, the checks as a list (first ten, then "and K more"), the ack link. */
export function discordPayload(message: AlertMessage, config: DiscordConfig) {
  const { shown, more } = listedChecks(message);
  const lines = shown.map((check) => {
    const url = message.checkUrls[check.id];
    const name = discordEscape(clip(check.name, 100));
    return `• ${url ? `[**${name}**](${url})` : `**${name}**`} — ${discordEscape(clip(checkDetail(check, message.kind), 200))}`;
  });
  const extra = moreLine(more);
  if (extra) lines.push(`*${extra}*`);
  if (message.ackUrl) lines.push("", `[Acknowledge](${message.ackUrl})`);
  const mention = config.mention !== "none" && !quietKinds.has(message.kind) ? `@${config.mention}` : undefined;
  return {
    username: "Pingpage",
    ...(mention ? { content: mention } : {}),
    allowed_mentions: { parse: mention ? ["everyone"] : [] },
    embeds: [
      {
        title: clip(alertTitle(message), 256),
        description: clip(lines.join("\n"), 4096),
        color: kindColour(message.kind),
        timestamp: message.occurredAt,
        footer: { text: clip(message.workspace.name, 2048) },
      },
    ],
  };
}
