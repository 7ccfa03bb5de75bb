/** One step of a JSON path: an object key or an array index. */
export type JsonPathStep = string | number;

/**
 * Parses the small JSON path subset checks need: `$`, `.key`, `['key']`, `["key"]` and `[0]`.
 * No filters, wildcards or script expressions, so a path from a user can never run code.
 */
export function parseJsonPath(path: string): JsonPathStep[] | null {
  const text = path.trim();
  if (!text.startsWith("$")) return null;
  const steps: JsonPathStep[] = [];
  const step = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\])/;
  let rest = text.slice(1);
  while (rest.length > 0) {
    const match = step.exec(rest);
    if (!match) return null;
    const [whole, dotKey, index, single, double] = match;
    if (dotKey !== undefined) steps.push(dotKey);
    else if (index !== undefined) steps.push(Number(index));
    else steps.push((single ?? double ?? "").replace(/\\(.)/g, "$1"));
    rest = rest.slice(whole.length);
  }
  return steps;
}

/** Follows the path through parsed JSON; `found: false` when any step is missing. */
export function readJsonPath(root: unknown, steps: JsonPathStep[]): { found: boolean; value?: unknown } {
  let current: unknown = root;
  for (const step of steps) {
    if (typeof step === "number") {
      if (!Array.isArray(current) || step >= current.length) return { found: false };
      current = current[step];
    } else {
      // Own properties only: "__proto__" or "constructor" must not reach into the prototype chain.
      if (typeof current !== "object" || current === null || Array.isArray(current)) return { found: false };
      const property = Object.getOwnPropertyDescriptor(current, step);
      if (!property) return { found: false };
      current = property.value;
    }
  }
  return { found: true, value: current };
}
