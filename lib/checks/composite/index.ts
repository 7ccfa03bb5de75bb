import { defineCheckType } from "../define";
import { compositeType } from "./meta";
import { compositeConfig } from "./schema";

const ruleText = { all: "All", any: "Any" } as const;

/** Not probed: lib/services/composites evaluates the members' states with evaluateComposite. */
export const compositeCheck = defineCheckType(compositeType, {
  config: compositeConfig,
  describe: (config) =>
    config.rule === "at_least" ? `At least ${config.k} of ${config.checkIds.length} checks` : `${ruleText[config.rule]} of ${config.checkIds.length} checks`,
});
