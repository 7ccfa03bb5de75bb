import type { CheckConfig } from "@/lib/schemas/check-config";
import type { CheckResult, RunOptions } from "./types";

export { evaluateComposite, type MemberState } from "./composite";
export { evaluateHeartbeat, type HeartbeatState } from "./heartbeat";

/** Thrown for check types that are evaluated from stored state instead of probed. */
export class NotProbedError extends Error {
  constructor(readonly type: "heartbeat" | "composite") {
    super(
      type === "heartbeat"
        ? "heartbeat checks are not probed: evaluate the stored pings with evaluateHeartbeat"
        : "composite checks are not probed: evaluate their members' states with evaluateComposite",
    );
  }
}

/** Runs one probe of any type. Each type lives in its own module beside this file. */
export async function runCheck(config: CheckConfig, options: RunOptions): Promise<CheckResult> {
  switch (config.type) {
    case "http":
      return (await import("./http")).runHttp(config, options);
    case "tcp":
      return (await import("./tcp")).runTcp(config, options);
    case "dns":
      return (await import("./dns")).runDns(config, options);
    case "tls":
      return (await import("./tls")).runTls(config, options);
    case "ping":
      return (await import("./ping")).runPing(config, options);
    case "heartbeat":
    case "composite":
      throw new NotProbedError(config.type);
  }
}
