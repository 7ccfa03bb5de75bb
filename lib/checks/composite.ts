import type { CompositeConfig } from "@/lib/schemas/check-config";
import type { CheckResult } from "./types";

/** A member's latest known state; `ok: null` when it has never run. */
export type MemberState = { checkId: string; name?: string; ok: boolean | null };

/**
 * Mode "all": up only when every member is up. A member with no result yet, or missing from
 * `members` (deleted, or in another workspace), counts as not up so the composite never over-reports.
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
  const details = { members: config.checkIds.length, notUp: notUp.length };
  if (notUp.length === 0) return { ok: true, latencyMs: 0, details };
  return {
    ok: false,
    latencyMs: 0,
    errorClass: "assertion",
    error: `${notUp.length} of ${config.checkIds.length} checks not up: ${notUp.join(", ")}`,
    details,
  };
}
