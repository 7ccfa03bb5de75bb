import { alertTitle, type AlertMessage } from "../message";
import { clip, firstCheckUrl, plainLines } from "../vendor-text";
import type { NtfyConfig, NtfySecrets } from "./schema";

/** ntfy keeps 4,096 bytes of a message body; more becomes an attachment nobody asked for. */
const MAX_BODY = 3_500;

const tagsByKind: Record<AlertMessage["kind"], string> = {
  down: "rotating_light",
  heartbeat_missed: "rotating_light",
  composite: "rotating_light",
  degraded: "warning",
  tls_expiring: "warning",
  recovered: "white_check_mark",
  test: "test_tube",
};

/** Header values are ASCII: anything else goes as an RFC 2047 encoded word, which ntfy decodes. */
export function headerText(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;
}

function priorityOf(kind: AlertMessage["kind"], config: NtfyConfig): number {
  return kind === "down" || kind === "heartbeat_missed" || kind === "composite" ? config.priority : 3;
}

/** The publish request: the text as the body, everything else in ntfy's headers. */
export function ntfyRequest(message: AlertMessage, config: NtfyConfig, secrets: NtfySecrets) {
  const headers: Record<string, string> = {
    "content-type": "text/plain; charset=utf-8",
    Title: headerText(alertTitle(message)),
    Priority: String(priorityOf(message.kind, config)),
    Tags: tagsByKind[message.kind],
  };
  const click = firstCheckUrl(message);
  if (click) headers.Click = click;
  if (message.ackUrl) headers.Actions = `view, Acknowledge, ${message.ackUrl}, clear=true`;
  if (secrets.token) headers.Authorization = `Bearer ${secrets.token}`;
  return { url: `${config.serverUrl}/${config.topic}`, headers, body: clip(plainLines(message).join("\n"), MAX_BODY) };
}
