import type { CheckConfig } from "@/lib/schemas/check-config";
import { checkTypeOf } from "./registry";

/** One line naming what a check probes, for lists and headings. */
export function describeTarget(config: CheckConfig): string {
  return checkTypeOf(config.type).describe(config);
}
