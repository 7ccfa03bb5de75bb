import type { CheckStatus } from "@/lib/checks/state";

/** The vocabulary visitors see, the same as Atlassian Statuspage's. */
export type ComponentState = "operational" | "degraded_performance" | "partial_outage" | "major_outage" | "under_maintenance" | "pending";

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

export type OverallState = { state: ComponentState; label: string };

/** The banner: the worst known component state; some (not all) components down is a partial outage. */
export function overallState(states: ComponentState[]): OverallState {
  if (states.length === 0) return { state: "operational", label: "No components yet" };
  const known = states.filter((s) => s !== "pending");
  if (known.length === 0) return { state: "pending", label: LABELS.pending };
  const worst = known.reduce((a, b) => (severity[b] > severity[a] ? b : a));
  const allDown = known.every((s) => s === "major_outage");
  const state = worst === "major_outage" && !allDown ? "partial_outage" : worst;
  return { state, label: LABELS[state] };
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
