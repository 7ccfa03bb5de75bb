import type { RE2JS } from "re2js";
import { ProbeError } from "../errors";
import { compilePattern } from "./regex-syntax";

/** Patterns look at this much of a body: with the program-size cap, it bounds one match's cost. */
export const regexInputLimit = 256 * 1024;
/** CPU one run may spend on its patterns; the assertions left once it is spent fail instead. */
export const regexRunBudgetMs = 100;

/** Each compiled pattern keeps its lazy DFA (RE2 caps it at 8 MB; a few hundred KB in practice). */
const cacheSize = 200;
/** Recently used patterns, compiled once rather than on every run; a Map keeps insertion order. */
const compiled = new Map<string, RE2JS>();

function compiledPattern(source: string): RE2JS {
  const hit = compiled.get(source);
  if (hit) {
    compiled.delete(source);
    compiled.set(source, hit);
    return hit;
  }
  const { regex, problem } = compilePattern(source);
  if (!regex) throw new ProbeError("config", `the pattern /${source}/ cannot run: ${problem}`);
  if (compiled.size >= cacheSize) compiled.delete(compiled.keys().next().value ?? "");
  compiled.set(source, regex);
  return regex;
}

/**
 * The patterns of one run. Each match is linear in its (capped) input; between matches the run
 * yields to the event loop, so other probes start on time, and it stops once its budget is spent.
 */
export class RegexRun {
  private spentMs = 0;

  /** Whether `source` matches `input`, or "over budget" when this run has no time left for it. */
  async matches(source: string, input: string): Promise<boolean | "over budget"> {
    if (this.spentMs >= regexRunBudgetMs) return "over budget";
    await new Promise<void>((resolve) => setImmediate(resolve));
    const started = performance.now();
    try {
      return compiledPattern(source).test(input.length > regexInputLimit ? input.slice(0, regexInputLimit) : input);
    } finally {
      this.spentMs += performance.now() - started;
    }
  }
}
