import type { HttpAssertion } from "@/lib/schemas/check-config";
import { compareJson, jsonOpSymbol } from "./json-compare";
import { parseJsonPath, readJsonPath } from "./json-path";
import { RegexRun, regexRunBudgetMs } from "./regex";
import { parseStatusExpectation, statusMatches } from "./status";

export type ObservedResponse = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  totalMs: number;
};

/** Evaluates every assertion (they are ANDed) and returns one message per failed assertion. */
export async function failedAssertions(assertions: HttpAssertion[], response: ObservedResponse): Promise<string[]> {
  const failures: string[] = [];
  let json: { parsed: boolean; value?: unknown } | undefined;
  const parsedBody = () => (json ??= parseJson(response.body));
  const regexRun = new RegexRun();
  for (const assertion of assertions) {
    const failure = await evaluate(assertion, response, parsedBody, regexRun);
    if (failure) failures.push(failure);
  }
  return failures;
}

async function evaluate(
  assertion: HttpAssertion,
  response: ObservedResponse,
  parsedBody: () => { parsed: boolean; value?: unknown },
  regexRun: RegexRun,
): Promise<string | null> {
  switch (assertion.type) {
    case "status": {
      const ranges = parseStatusExpectation(assertion.expected);
      if (ranges && statusMatches(response.status, ranges)) return null;
      return `status ${response.status}, expected ${assertion.expected}`;
    }
    case "body":
      return textFailure("body", response.body, assertion.op, assertion.value, regexRun);
    case "header": {
      // Own headers only: a header assertion named "constructor" must not read the prototype.
      const name = assertion.name.toLowerCase();
      const raw = Object.hasOwn(response.headers, name) ? response.headers[name] : undefined;
      if (raw === undefined) return `header ${assertion.name} missing, expected it to ${opWords[assertion.op]} ${show(assertion)}`;
      const value = Array.isArray(raw) ? raw.join(", ") : raw;
      return textFailure(`header ${assertion.name}`, value, assertion.op, assertion.value, regexRun);
    }
    case "jsonPath": {
      const numeric = assertion.op === "lt" || assertion.op === "gt";
      const expectation = `expected ${jsonOpSymbol[assertion.op]} ${numeric ? assertion.value : quote(assertion.value)}`;
      const body = parsedBody();
      if (!body.parsed) return `${assertion.path}: the body is not JSON, ${expectation}`;
      const steps = parseJsonPath(assertion.path);
      const found = steps ? readJsonPath(body.value, steps) : { found: false };
      if (!found.found) return `${assertion.path} not found, ${expectation}`;
      if (compareJson(found.value, assertion.op, assertion.value)) return null;
      return `${assertion.path} is ${clip(JSON.stringify(found.value) ?? "undefined")}, ${expectation}`;
    }
    case "responseTime":
      if (response.totalMs <= assertion.maxMs) return null;
      return `response took ${Math.round(response.totalMs)} ms, expected under ${assertion.maxMs} ms`;
  }
}

type TextOp = "contains" | "notContains" | "matches" | "equals";
const opWords: Record<TextOp, string> = {
  contains: "contain",
  notContains: "not contain",
  matches: "match",
  equals: "equal",
};

async function textFailure(subject: string, actual: string, op: TextOp, expected: string, regexRun: RegexRun): Promise<string | null> {
  switch (op) {
    case "contains":
      return actual.includes(expected) ? null : `${subject} does not contain ${quote(expected)}`;
    case "notContains":
      return actual.includes(expected) ? `${subject} contains ${quote(expected)}, expected it not to` : null;
    case "matches": {
      const matched = await regexRun.matches(expected, actual);
      if (matched === "over budget") return `${subject} was not checked against /${expected}/: this check's patterns used their ${regexRunBudgetMs} ms budget`;
      return matched ? null : `${subject} does not match /${expected}/${actualTail(subject, actual)}`;
    }
    case "equals":
      return actual === expected ? null : `${subject} is ${quote(actual)}, expected ${quote(expected)}`;
  }
}

/** Header values are short enough to show; bodies are not. */
function actualTail(subject: string, actual: string) {
  return subject === "body" ? "" : ` (it is ${quote(actual)})`;
}

function show(assertion: { op: TextOp; value: string }) {
  return assertion.op === "matches" ? `/${assertion.value}/` : quote(assertion.value);
}

function parseJson(body: string): { parsed: boolean; value?: unknown } {
  try {
    return { parsed: true, value: JSON.parse(body) };
  } catch {
    return { parsed: false };
  }
}

function clip(text: string) {
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

function quote(text: string) {
  return JSON.stringify(clip(text));
}
