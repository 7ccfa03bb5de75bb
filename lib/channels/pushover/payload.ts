import { alertTitle, type AlertMessage } from "../message";
import { clip, firstCheckUrl, plainLines } from "../vendor-text";
import type { PushoverConfig, PushoverSecrets } from "./schema";

/** Emergency priority repeats every `retry` seconds until someone acknowledges, for at most `expire`. */
const EMERGENCY_RETRY_SECONDS = 60;
const EMERGENCY_EXPIRE_SECONDS = 3_600;

function priorityOf(kind: AlertMessage["kind"], config: PushoverConfig): number {
  if (kind === "down" || kind === "heartbeat_missed" || kind === "composite") return config.priority;
  return kind === "recovered" || kind === "test" ? Math.min(0, config.priority) : Math.min(1, config.priority);
}

/** The form fields of POST /1/messages.json. */
export function pushoverForm(message: AlertMessage, config: PushoverConfig, secrets: PushoverSecrets): URLSearchParams {
  const priority = priorityOf(message.kind, config);
  const form = new URLSearchParams({
    token: secrets.appToken,
    user: secrets.userKey,
    title: clip(alertTitle(message), 250),
    message: clip(plainLines(message).join("\n"), 1024),
    priority: String(priority),
    timestamp: String(Math.floor(Date.parse(message.occurredAt) / 1000)),
  });
  if (priority === 2) {
    form.set("retry", String(EMERGENCY_RETRY_SECONDS));
    form.set("expire", String(EMERGENCY_EXPIRE_SECONDS));
  }
  const url = message.ackUrl ?? firstCheckUrl(message);
  if (url) {
    form.set("url", url);
    form.set("url_title", message.ackUrl ? "Acknowledge" : "Open check");
  }
  if (config.device) form.set("device", config.device);
  return form;
}
