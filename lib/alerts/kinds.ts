import type { CheckStatus } from "@/lib/checks/state";

/** What a policy can alert on; the AlertMessage `kind` of the message it sends. */
export const alertEvents = ["down", "recovered", "degraded", "tls_expiring", "heartbeat_missed", "composite"] as const;
export type AlertEvent = (typeof alertEvents)[number];

export const alertEventLabels: Record<AlertEvent, string> = {
  down: "Down",
  recovered: "Recovered (with the outage's duration)",
  degraded: "Degraded",
  tls_expiring: "TLS certificate expiring",
  heartbeat_missed: "Heartbeat missed",
  composite: "Composite state change",
};

export type CheckChange = { checkType: string; from: CheckStatus; to: CheckStatus; cause: string | null };

/** A TLS check reports "the certificate expires in N days, expected at least M" (lib/checks/tls/run.ts). */
export function tlsDaysLeft(cause: string | null): number | null {
  const match = cause?.match(/expires in (-?\d+) days/);
  return match ? Number(match[1]) : null;
}

const troubled = (status: CheckStatus) => status === "down" || status === "degraded";

/**
 * The alert events one state change raises, most specific first: a heartbeat going down is
 * "heartbeat missed" and also "down", so a policy on either hears of it, but only once.
 */
export function eventsOf(change: CheckChange): AlertEvent[] {
  const { checkType, from, to } = change;
  if (troubled(from) && to === "up") return checkType === "composite" ? ["composite", "recovered"] : ["recovered"];
  if (to === "down") {
    if (checkType === "heartbeat") return ["heartbeat_missed", "down"];
    if (checkType === "composite") return ["composite", "down"];
    if (checkType === "tls" && tlsDaysLeft(change.cause) !== null) return ["tls_expiring", "down"];
    return ["down"];
  }
  if (to === "degraded") return checkType === "composite" ? ["composite", "degraded"] : ["degraded"];
  return [];
}

/** Is this event one that opens an alert (rather than ending one)? */
export function isTrouble(event: AlertEvent): boolean {
  return event !== "recovered";
}
