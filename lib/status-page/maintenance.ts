export type MaintenanceStatus = "scheduled" | "in_progress" | "completed";

/**
 * A window is in progress between its start and end whatever the worker has stored yet, so a
 * visitor never sees it late; an owner may complete it early, and that sticks.
 */
export function effectiveMaintenanceStatus(stored: MaintenanceStatus, startsAt: Date, endsAt: Date, now: Date): MaintenanceStatus {
  if (stored === "completed" || now >= endsAt) return "completed";
  if (now >= startsAt) return "in_progress";
  return "scheduled";
}
