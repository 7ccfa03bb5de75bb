import type { CompositeConfig } from "./schema";
import type { CheckResult } from "../types";

/** A member's latest known state; `ok: null` when it has never run. */
export type MemberState = { checkId: string; name?: string; ok: boolean | null };

export type CompositeStatus = "up" | "degraded" | "down";

/** How many of `members` must be up for the rule to hold; K is capped when members are left out (paused). */
export function requiredUp(config: Pick<CompositeConfig, "rule" | "k">, members: number): number {
  switch (config.rule) {
    case "all":
      return members;
    case "any":
      return Math.min(1, members);
    case "at_least":
      return Math.min(config.k ?? members, members);
  }
}

/** Up when every member is up; degraded while some are not but the rule holds; down when it fails. */
export function compositeStatus(config: Pick<CompositeConfig, "rule" | "k">, up: number, members: number): CompositeStatus {
  if (up >= members) return "up";
  return up >= requiredUp(config, members) ? "degraded" : "down";
}

/**
 * A member with no result yet, or missing from `members` (deleted, or in another workspace),
 * counts as not up so the composite never over-reports.
 */
export function evaluateComposite(config: CompositeConfig, members: MemberState[]): CheckResult {
  const byId = new Map(members.map((member) => [member.checkId, member]));
  const notUp = config.checkIds.flatMap((checkId) => {
    const member = byId.get(checkId);
    if (!member) return [`${checkId} (unknown check)`];
    const label = member.name ?? checkId;
    if (member.ok === null) return [`${label} (no result yet)`];
    return member.ok ? [] : [label];
  });
  const total = config.checkIds.length;
  const status = compositeStatus(config, total - notUp.length, total);
  const details = { members: total, notUp: notUp.length, rule: config.rule };
  if (status === "up") return { ok: true, latencyMs: 0, details };
  const error = `${notUp.length} of ${total} checks not up: ${notUp.join(", ")}`;
  if (status === "degraded") return { ok: true, degraded: true, latencyMs: 0, error, details };
  return { ok: false, latencyMs: 0, errorClass: "assertion", error, details };
}
