import type { CheckConfig } from "@/lib/schemas/check-config";
import type { CheckResult, RunOptions } from "./types";

/** Runs one probe of any type. Each type lives in its own module beside this file. */
export async function runCheck(config: CheckConfig, options: RunOptions): Promise<CheckResult> {
  switch (config.type) {
    case "http":
      return (await import("./http")).runHttp(config, options);
  }
}
