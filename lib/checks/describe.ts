import type { CheckConfig } from "@/lib/schemas/check-config";

/** One line naming what a check probes, for lists and headings. */
export function describeTarget(config: CheckConfig): string {
  switch (config.type) {
    case "http":
      return `${config.method} ${config.url}`;
    default:
      return "check";
  }
}
