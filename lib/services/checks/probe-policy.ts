import "server-only";
import { env } from "@/lib/env";
import { ValidationError } from "@/lib/errors";
import { tcpSendRefusal, type CheckConfig } from "@/lib/schemas/check-config";

/**
 * Rules of a hosted install (ALLOW_PRIVATE_TARGETS off) that the shared schema cannot apply, since
 * it also runs in the browser without the server's settings. The worker enforces them again.
 */
export function assertProbePolicy(config: CheckConfig, allowPrivateTargets = env.ALLOW_PRIVATE_TARGETS): void {
  if (allowPrivateTargets || config.type !== "tcp") return;
  const refusal = tcpSendRefusal(config);
  if (refusal) throw new ValidationError("Please fix the highlighted fields.", { "config.send": [refusal] });
}
