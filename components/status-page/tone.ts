import type { ComponentState, IncidentImpact } from "@/lib/status";

/** Text colours with at least 4.5:1 contrast on the page background in both themes. */
export const stateText: Record<ComponentState, string> = {
  operational: "text-emerald-700 dark:text-emerald-400",
  degraded_performance: "text-amber-700 dark:text-amber-300",
  partial_outage: "text-orange-700 dark:text-orange-300",
  major_outage: "text-red-700 dark:text-red-400",
  under_maintenance: "text-sky-700 dark:text-sky-300",
  pending: "text-slate-600 dark:text-slate-400",
};

export const stateDot: Record<ComponentState, string> = {
  operational: "bg-emerald-600 dark:bg-emerald-400",
  degraded_performance: "bg-amber-500 dark:bg-amber-300",
  partial_outage: "bg-orange-600 dark:bg-orange-400",
  major_outage: "bg-red-600 dark:bg-red-400",
  under_maintenance: "bg-sky-600 dark:bg-sky-400",
  pending: "bg-slate-400",
};

export const impactBorder: Record<IncidentImpact, string> = {
  none: "border-slate-400",
  minor: "border-amber-500",
  major: "border-orange-600",
  critical: "border-red-600",
};
