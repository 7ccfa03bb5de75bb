import type { CheckConfig } from "@/lib/schemas/check-config";
import { checkTypeOf } from "./registry";
import type { CheckResult, RunOptions } from "./types";

export { evaluateComposite, type MemberState } from "./composite/evaluate";
export { evaluateHeartbeat, type HeartbeatState } from "./heartbeat/evaluate";

/** Thrown for check types that are evaluated from stored state instead of probed. */
export class NotProbedError extends Error {
  constructor(readonly type: string) {
    super(`${type} checks are not probed: they are evaluated from stored state (see lib/checks/${type}/)`);
  }
}

/** Runs one probe of any type: the type's folder (lib/checks/<type>/) holds its probe. */
export async function runCheck(config: CheckConfig, options: RunOptions): Promise<CheckResult> {
  const { run } = checkTypeOf(config.type);
  if (!run) throw new NotProbedError(config.type);
  return run(config, options);
}
