import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import type { z } from "zod";
import { configFile, type ConfigFile } from "./schema";

/** One problem in a config file, where an editor can jump to it. */
export type ConfigProblem = { file: string; line: number; column: number; path: string; message: string };
export type LoadResult = { ok: true; config: ConfigFile } | { ok: false; problems: ConfigProblem[] };

const VARIABLE = /\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** `file:line:column: path: message`, the shape compilers print and editors link. */
export function formatProblem(problem: ConfigProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.path ? `${problem.path}: ` : ""}${problem.message}`;
}

/**
 * Reads a pingpage.yaml: YAML syntax, then `${ENV_VAR}` substitution in string values (`$${…}` keeps
 * the text literally), then the schema. Variables are replaced after parsing, so a secret holding
 * YAML syntax cannot change the file's structure, and positions stay those of the file.
 */
export function loadConfig(text: string, file: string, env: Record<string, string | undefined>): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, path: string, message: string): ConfigProblem => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col, path, message };
  };
  if (doc.errors.length > 0) return { ok: false, problems: doc.errors.map((error) => at(error.pos[0], "", error.message.split("\n")[0] ?? error.message)) };

  const missing: ConfigProblem[] = [];
  visit(doc, {
    Scalar(_key, node, ancestry) {
      if (typeof node.value !== "string" || !node.value.includes("${")) return;
      node.value = node.value.replace(VARIABLE, (whole, escaped: string, name: string) => {
        if (escaped) return whole.slice(1);
        const value = env[name];
        if (value === undefined) {
          missing.push(at(node.range?.[0] ?? 0, pathOf(ancestry, node), `The environment variable ${name} is not set`));
          return "";
        }
        return value;
      });
    },
  });
  if (missing.length > 0) return { ok: false, problems: missing };

  const parsed = configFile.safeParse(doc.toJS() ?? {});
  if (parsed.success) return { ok: true, config: parsed.data };
  const problems = parsed.error.issues.map((issue) => problemFor(doc, issue, at));
  return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
}

function problemFor(doc: Document, issue: z.core.$ZodIssue, at: (offset: number, path: string, message: string) => ConfigProblem): ConfigProblem {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== "symbol");
  let node = nearestNode(doc, path);
  let shownPath = path;
  // An unknown field points at the object; point at the field itself instead.
  if (issue.code === "unrecognized_keys" && isMap(node)) {
    const name = issue.keys[0];
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === name);
    if (pair && isScalar(pair.key)) node = pair.key;
    shownPath = [...path, name ?? ""];
    return at(node?.range?.[0] ?? 0, dotted(shownPath), `Unknown field "${name}"`);
  }
  return at(node?.range?.[0] ?? 0, dotted(shownPath), issue.message);
}

/** The deepest node on the path that the file has: a missing field is reported at its parent. */
function nearestNode(doc: Document, path: (string | number)[]): Node | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = doc.getIn(path.slice(0, length), true) as Node | undefined;
    if (node && typeof node === "object" && "range" in node) return node;
  }
  return doc.contents ?? undefined;
}

function dotted(path: (string | number)[]): string {
  return path.map((segment, index) => (typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join("");
}

function pathOf(ancestry: readonly unknown[], node: unknown): string {
  const path: (string | number)[] = [];
  let child = node;
  for (let index = ancestry.length - 1; index >= 0; index--) {
    const parent = ancestry[index];
    if (parent && typeof parent === "object" && "key" in parent && "value" in parent && (parent as { value: unknown }).value === child) {
      const key = (parent as { key: unknown }).key;
      path.unshift(isScalar(key) ? String(key.value) : String(key));
    } else if (parent && typeof parent === "object" && "items" in parent && Array.isArray((parent as { items: unknown[] }).items)) {
      const position = (parent as { items: unknown[] }).items.indexOf(child);
      if (position >= 0 && !isMap(parent)) path.unshift(position);
    }
    child = parent;
  }
  return dotted(path);
}
