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

/**
 * Loads a type's module on first use only. Each import() call, even of a loaded module, goes
 * through the module loader (and its hooks under tsx), which at 1,000 runs a second shows.
 */
function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

const modules = {
  http: lazy(() => import("./http")),
  tcp: lazy(() => import("./tcp")),
  dns: lazy(() => import("./dns")),
  tls: lazy(() => import("./tls")),
  ping: lazy(() => import("./ping")),
};

/** Runs one probe of any type. Each type lives in its own module beside this file. */
export async function runCheck(config: CheckConfig, options: RunOptions): Promise<CheckResult> {
  switch (config.type) {
    case "http":
      return (await modules.http()).runHttp(config, options);
    case "tcp":
      return (await modules.tcp()).runTcp(config, options);
    case "dns":
      return (await modules.dns()).runDns(config, options);
    case "tls":
      return (await modules.tls()).runTls(config, options);
    case "ping":
      return (await modules.ping()).runPing(config, options);
    case "heartbeat":
    case "composite":
      throw new NotProbedError(config.type);
  }
}
