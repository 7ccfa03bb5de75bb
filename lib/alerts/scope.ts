import { eventsOf, tlsDaysLeft, type AlertEvent, type CheckChange } from "./kinds";

export type PolicyScope = { scope: "all" | "tags" | "checks"; tagIds: string[]; checkIds: string[] };
export type PolicyRule = PolicyScope & { id: string; events: string[]; tlsDays: number | null; enabled: boolean };
export type CheckFacts = { id: string; tagIds: string[] };

/** Does the policy's choice of checks (all, by tag, or picked) take in this check? */
export function coversCheck(policy: PolicyScope, check: CheckFacts): boolean {
  if (policy.scope === "all") return true;
  if (policy.scope === "checks") return policy.checkIds.includes(check.id);
  return check.tagIds.some((tag) => policy.tagIds.includes(tag));
}

/**
 * The one event a policy alerts on for this change, or null: the most specific event the policy
 * asked for. "TLS expiring" counts only within the policy's N days.
 */
export function matchEvent(policy: PolicyRule, check: CheckFacts, change: CheckChange): AlertEvent | null {
  if (!policy.enabled || !coversCheck(policy, check)) return null;
  for (const event of eventsOf(change)) {
    if (!policy.events.includes(event)) continue;
    if (event === "tls_expiring") {
      const days = tlsDaysLeft(change.cause);
      if (days === null || days > (policy.tlsDays ?? 14)) continue;
    }
    return event;
  }
  return null;
}
