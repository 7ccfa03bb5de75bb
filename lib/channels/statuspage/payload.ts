import type { AlertCheck, AlertMessage } from "../message";
import type { StatuspageConfig } from "./schema";

export type StatuspageStatus = "operational" | "degraded_performance" | "major_outage";

const rank: Record<StatuspageStatus, number> = { operational: 0, degraded_performance: 1, major_outage: 2 };

/** The component status a check's change asks for; null for messages that change no status. */
export function componentStatusOf(kind: AlertMessage["kind"], check: AlertCheck): StatuspageStatus | null {
  switch (kind) {
    case "recovered":
      return "operational";
    case "down":
    case "heartbeat_missed":
      return "major_outage";
    case "degraded":
      return "degraded_performance";
    case "composite":
      if (check.status === "up") return "operational";
      if (check.status === "degraded") return "degraded_performance";
      return check.status === "down" ? "major_outage" : null;
    case "tls_expiring":
    case "test":
      return null;
  }
}

export type ComponentUpdate = { componentId: string; status: StatuspageStatus };

/**
 * One PATCH per linked component. Two checks in one message that share a component give it the
 * worse status. (A recovery cannot see a sibling check still down: link one check per component.)
 */
export function componentUpdates(message: AlertMessage, config: StatuspageConfig): ComponentUpdate[] {
  const byComponent = new Map<string, StatuspageStatus>();
  for (const check of message.checks) {
    const status = componentStatusOf(message.kind, check);
    if (!status) continue;
    for (const link of config.components) {
      if (link.checkId !== check.id) continue;
      const current = byComponent.get(link.componentId);
      if (!current || rank[status] > rank[current]) byComponent.set(link.componentId, status);
    }
  }
  return [...byComponent].map(([componentId, status]) => ({ componentId, status }));
}

export function componentUrl(pageId: string, componentId: string): string {
  return `https://api.statuspage.io/v1/pages/${encodeURIComponent(pageId)}/components/${encodeURIComponent(componentId)}`;
}

export function componentBody(status: StatuspageStatus) {
  return { component: { status } };
}
