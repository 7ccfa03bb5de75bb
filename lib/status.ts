import type { CheckStatus } from "@/lib/checks/state";

/** The vocabulary visitors see, the same as Atlassian Statuspage's ("pending" is ours: no result yet). */
export type ComponentState = "operational" | "degraded_performance" | "partial_outage" | "major_outage" | "under_maintenance" | "pending";
export type IncidentImpact = "none" | "minor" | "major" | "critical";

export function componentStateOf(status: CheckStatus): ComponentState {
  switch (status) {
    case "up":
    case "paused":
      return "operational";
    case "degraded":
      return "degraded_performance";
    case "down":
      return "major_outage";
    case "pending":
      return "pending";
  }
}

const severity: Record<ComponentState, number> = {
  pending: 0,
  operational: 1,
  under_maintenance: 2,
  degraded_performance: 3,
  partial_outage: 4,
  major_outage: 5,
};

export function worstState(states: ComponentState[]): ComponentState | null {
  if (states.length === 0) return null;
  return states.reduce((a, b) => (severity[b] > severity[a] ? b : a));
}

export type ComponentFacts = {
  /** The state of the component's check; null for a component without a check. */
  checkStatus: CheckStatus | null;
  /** States declared for this component by unresolved, published incidents. */
  incidentStates: ComponentState[];
  /** Whether a maintenance window covering this component is open now. */
  underMaintenance: boolean;
};

/**
 * What a component shows. A person who declared a state in an incident knows more than a probe,
 * so that wins; an open maintenance window explains a failing check; otherwise the check decides.
 */
export function deriveComponentState(facts: ComponentFacts): ComponentState {
  const declared = worstState(facts.incidentStates);
  if (declared) return declared;
  if (facts.underMaintenance) return "under_maintenance";
  return facts.checkStatus ? componentStateOf(facts.checkStatus) : "operational";
}

/** The component state an incident's impact stands for when it names no component. */
export function impactState(impact: IncidentImpact): ComponentState {
  return ({ none: "operational", minor: "degraded_performance", major: "partial_outage", critical: "major_outage" } as const)[impact];
}

export type OverallState = { state: ComponentState; label: string };

/** The banner: the worst known state; some (not all) components down is a partial outage. */
export function overallState(states: ComponentState[], incidentImpacts: IncidentImpact[] = []): OverallState {
  const fromIncidents = incidentImpacts.map(impactState);
  if (states.length === 0 && fromIncidents.length === 0) return { state: "operational", label: "No components yet" };
  const known = states.filter((s) => s !== "pending");
  if (known.length === 0 && fromIncidents.length === 0) return { state: "pending", label: LABELS.pending };
  const worstComponent = worstState(known);
  const allDown = known.length > 0 && known.every((s) => s === "major_outage");
  const componentState = worstComponent === "major_outage" && !allDown ? "partial_outage" : worstComponent;
  const state = worstState([...(componentState ? [componentState] : []), ...fromIncidents]) ?? "operational";
  return { state, label: LABELS[state] };
}

export type StatusIndicator = { indicator: "none" | "minor" | "major" | "critical" | "maintenance"; description: string };

/** Statuspage's `status` object (status.json) for an overall state, with its wording. */
export function statusIndicator(state: ComponentState): StatusIndicator {
  switch (state) {
    case "operational":
    case "pending":
      return { indicator: "none", description: "All Systems Operational" };
    case "under_maintenance":
      return { indicator: "maintenance", description: "Service Under Maintenance" };
    case "degraded_performance":
      return { indicator: "minor", description: "Partially Degraded Service" };
    case "partial_outage":
      return { indicator: "major", description: "Partial System Outage" };
    case "major_outage":
      return { indicator: "critical", description: "Major System Outage" };
  }
}

export const LABELS: Record<ComponentState, string> = {
  operational: "All systems operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Under maintenance",
  pending: "Checking systems…",
};

export const COMPONENT_LABELS: Record<ComponentState, string> = {
  operational: "Operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Under maintenance",
  pending: "Pending",
};
