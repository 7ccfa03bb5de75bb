export type JsonOp = "eq" | "ne" | "lt" | "gt" | "contains";

export const jsonOpSymbol: Record<JsonOp, string> = { eq: "=", ne: "!=", lt: "<", gt: ">", contains: "contains" };

/**
 * Compares a value found in JSON with the string the user typed. Numbers compare numerically,
 * booleans and null by their JSON spelling, objects and arrays by their JSON text.
 */
export function compareJson(actual: unknown, op: JsonOp, expected: string): boolean {
  switch (op) {
    case "eq":
      return looselyEqual(actual, expected);
    case "ne":
      return !looselyEqual(actual, expected);
    case "lt":
    case "gt": {
      const a = asNumber(actual);
      const e = asNumber(expected);
      if (a === null || e === null) return false;
      return op === "lt" ? a < e : a > e;
    }
    case "contains":
      if (typeof actual === "string") return actual.includes(expected);
      if (Array.isArray(actual)) return actual.some((item) => looselyEqual(item, expected));
      return false;
  }
}

function looselyEqual(actual: unknown, expected: string): boolean {
  if (typeof actual === "string") return actual === expected;
  if (typeof actual === "number") return asNumber(expected) === actual;
  if (typeof actual === "boolean" || actual === null) return String(actual) === expected.trim();
  try {
    return JSON.stringify(actual) === JSON.stringify(JSON.parse(expected));
  } catch {
    return false;
  }
}

function asNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
