import { createContext, Script } from "node:vm";
import { ProbeError } from "../errors";

const budgetMs = 100;
const sandbox: Record<string, unknown> = Object.create(null);
const context = createContext(sandbox);
const script = new Script("new RegExp(source).test(input)");

/**
 * Tests a user's regex against up to 1 MiB of response. It runs in a vm with a time limit because
 * a catastrophic pattern like (a+)+$ would otherwise stall every other probe on the worker.
 */
export function regexMatches(source: string, input: string): boolean {
  sandbox.source = source;
  sandbox.input = input;
  try {
    return script.runInContext(context, { timeout: budgetMs }) === true;
  } catch (error) {
    // Duck-typed: errors thrown inside a vm can come from another realm, where instanceof fails.
    if (typeof error === "object" && error !== null && "code" in error && error.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
      throw new ProbeError("assertion", `the pattern /${source}/ took longer than ${budgetMs} ms to evaluate`);
    }
    throw new ProbeError("config", `the pattern /${source}/ is not a valid regular expression`);
  } finally {
    sandbox.source = undefined;
    sandbox.input = undefined;
  }
}
