import type { CheckResult } from "./types";

/**
 * Inverts a result for checks that should fail (a port that must stay closed, a page that must
 * stay down). A blocked target or a broken config is never turned into a pass.
 */
export function applyUpsideDown(result: CheckResult, upsideDown: boolean): CheckResult {
  if (!upsideDown) return result;
  if (result.errorClass === "blocked" || result.errorClass === "config") return result;
  if (result.ok) {
    return { ...result, ok: false, errorClass: "assertion", error: "upside-down: the check succeeded, expected it to fail" };
  }
  const { error, errorClass, ...rest } = result;
  return { ...rest, ok: true, details: { ...rest.details, invertedError: error, invertedErrorClass: errorClass } };
}
