import type { CheckInput } from "@/lib/schemas/check";

/** The columns a check's form or API input sets directly, the same on create and on update. */
export function checkSettings(input: CheckInput) {
  return {
    name: input.name,
    type: input.config.type,
    config: input.config,
    intervalSeconds: input.intervalSeconds,
    timeoutMs: input.timeoutMs,
    failureThreshold: input.failureThreshold,
    recoveryThreshold: input.recoveryThreshold,
    degradedThresholdMs: input.degradedThresholdMs ?? null,
    paused: input.paused,
    regions: input.regions,
    quorum: input.quorum,
    ...(input.key === undefined ? {} : { key: input.key }),
  };
}
