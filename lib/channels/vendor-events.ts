import type { AlertCheck, AlertMessage } from "./message";

/**
 * What an incident tool (PagerDuty, Opsgenie) does with a message. "acknowledged" is the kind a
 * message takes when someone acknowledges in Pingpage, once the core sends one; until then the
 * tools keep their own acknowledgement.
 */
export type IncidentAction = "trigger" | "acknowledge" | "resolve";

export function incidentAction(kind: AlertMessage["kind"] | "acknowledged"): IncidentAction {
  if (kind === "recovered") return "resolve";
  return kind === "acknowledged" ? "acknowledge" : "trigger";
}

/**
 * One incident per check's outage, so a storm's grouped message and the recoveries that come back
 * one by one still meet: the key is the outage id, the message's own key when there is none
 * (tests, certificate warnings).
 */
export function incidentKey(check: AlertCheck | undefined, message: AlertMessage): string {
  if (check?.outageId) return check.outageId;
  return check && message.checks.length > 1 ? `${message.dedupKey}:${check.id}` : message.dedupKey;
}

/** Each check the message names, or one entry for a message without checks (a test). */
export function incidentSubjects(message: AlertMessage): (AlertCheck | undefined)[] {
  return message.checks.length > 0 ? message.checks : [undefined];
}
