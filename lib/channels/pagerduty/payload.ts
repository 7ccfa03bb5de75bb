import type { AlertCheck, AlertMessage } from "../message";
import { alertTitle } from "../message";
import { clip } from "../vendor-text";
import { incidentAction, incidentKey } from "../vendor-events";
import type { PagerDutyConfig } from "./schema";

function severityOf(kind: AlertMessage["kind"], config: PagerDutyConfig) {
  if (kind === "degraded" || kind === "tls_expiring") return "warning";
  return kind === "test" ? "info" : config.severity;
}

function summaryOf(check: AlertCheck | undefined, message: AlertMessage): string {
  if (!check || message.kind === "test") return alertTitle(message);
  const state = message.kind === "down" || message.kind === "heartbeat_missed" ? "down" : check.status;
  return clip(`${check.name} is ${state}${check.cause ? `: ${check.cause}` : ""}`, 1024);
}

/** One Events API v2 event for one check (or the message itself when it names none). */
export function pagerDutyEvent(routingKey: string, message: AlertMessage, config: PagerDutyConfig, check: AlertCheck | undefined, kind: AlertMessage["kind"] | "acknowledged" = message.kind) {
  const action = incidentAction(kind);
  const dedupKey = incidentKey(check, message);
  if (action !== "trigger") return { routing_key: routingKey, event_action: action, dedup_key: dedupKey };
  const checkUrl = check ? message.checkUrls[check.id] : undefined;
  const links = [
    ...(checkUrl ? [{ href: checkUrl, text: "Open in Pingpage" }] : []),
    ...(message.ackUrl ? [{ href: message.ackUrl, text: "Acknowledge in Pingpage" }] : []),
  ];
  return {
    routing_key: routingKey,
    event_action: action,
    dedup_key: dedupKey,
    payload: {
      summary: summaryOf(check, message),
      source: check?.target ?? "Pingpage",
      severity: severityOf(message.kind, config),
      timestamp: check?.since ?? message.occurredAt,
      component: check?.name,
      group: message.workspace.name,
      class: message.kind,
      custom_details: check ? { check: check.name, target: check.target, status: check.status, cause: check.cause, since: check.since, outage: check.outageId } : { test: true },
    },
    links,
    client: "Pingpage",
    ...(checkUrl ? { client_url: checkUrl } : {}),
  };
}
