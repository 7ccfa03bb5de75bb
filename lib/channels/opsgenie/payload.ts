import { formatDuration } from "@/lib/format";
import { alertTitle, type AlertCheck, type AlertMessage } from "../message";
import { clip } from "../vendor-text";
import { incidentAction, incidentKey } from "../vendor-events";
import type { OpsgenieConfig } from "./schema";

export const opsgenieHosts = { us: "https://api.opsgenie.com", eu: "https://api.eu.opsgenie.com" } as const;

export type OpsgenieRequest = { url: string; body: Record<string, unknown> };

/** Create, acknowledge or close one alert, found again by its alias (the outage id). */
export function opsgenieRequest(message: AlertMessage, config: OpsgenieConfig, check: AlertCheck | undefined, kind: AlertMessage["kind"] | "acknowledged" = message.kind): OpsgenieRequest {
  const host = opsgenieHosts[config.region];
  const alias = incidentKey(check, message);
  const action = incidentAction(kind);
  if (action !== "trigger") {
    const note = check?.durationSeconds !== undefined ? `Recovered after ${formatDuration(check.durationSeconds * 1000)}` : `${action === "resolve" ? "Closed" : "Acknowledged"} in Pingpage`;
    const verb = action === "resolve" ? "close" : "acknowledge";
    return { url: `${host}/v2/alerts/${encodeURIComponent(alias)}/${verb}?identifierType=alias`, body: { source: "Pingpage", note } };
  }
  const checkUrl = check ? message.checkUrls[check.id] : undefined;
  const title = check && message.kind !== "test" ? `${check.name} is ${message.kind === "degraded" ? "degraded" : "down"}` : alertTitle(message);
  const description = [check?.cause, check?.target, checkUrl && `Open: ${checkUrl}`, message.ackUrl && `Acknowledge: ${message.ackUrl}`].filter(Boolean).join("\n");
  const warning = message.kind === "degraded" || message.kind === "tls_expiring" || message.kind === "test";
  return {
    url: `${host}/v2/alerts`,
    body: {
      message: clip(title, 130),
      alias,
      description: clip(description, 15_000),
      source: "Pingpage",
      entity: check?.name,
      tags: ["pingpage", message.kind],
      priority: warning ? (message.kind === "test" ? "P5" : "P3") : config.priority,
      details: check ? { check: check.name, target: check.target, status: check.status, since: check.since, workspace: message.workspace.name } : { workspace: message.workspace.name },
    },
  };
}
