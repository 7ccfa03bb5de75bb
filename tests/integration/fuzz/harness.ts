import fs from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";

/**
 * Shared parts of the fuzz tests (issue 7, "Bad input"): target discovery, a seeded PRNG and
 * how outcomes are judged. Hostile inputs are in hostile.ts, row counts in rows.ts.
 */

const ROOT = path.resolve(__dirname, "../../..");

/** Every `app/**\/<file>`, so a form or route added later is fuzzed without touching these tests. */
export function discover(file: "actions.ts" | "route.ts"): string[] {
  const found = fs.readdirSync(path.join(ROOT, "app"), { recursive: true, encoding: "utf8" });
  return found.filter((entry) => path.basename(entry) === file).map((entry) => `app/${entry.split(path.sep).join("/")}`).sort();
}

export function absolute(relative: string): string {
  return path.join(ROOT, relative);
}

/** FUZZ_SEED=<n> replays a run; each target derives its own stream from the seed and its name. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20260707);

export type Random = {
  next(): number;
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
};

/** mulberry32 over the seed mixed with a label: small, fast and the same on every machine. */
export function prng(label: string, seed = SEED): Random {
  let state = seed >>> 0;
  for (const char of label) state = Math.imul(state ^ char.charCodeAt(0), 0x9e3779b1) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return { next, int, pick: (items) => items[int(items.length)]!, chance: (p) => next() < p };
}

/** Whether a thrown value is what Next turns into a redirect or a 404 page rather than a 500. */
export function isNavigation(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test(digest);
}

export function isAppError(error: unknown): boolean {
  return error instanceof AppError;
}

/** A short description of a value for failure reports (never 100k characters of it). */
export function summarize(value: unknown): string {
  if (value instanceof FormData) {
    const keys = [...value.keys()];
    return `FormData(${keys.length} fields: ${keys.slice(0, 6).map((k) => JSON.stringify(k.slice(0, 40))).join(", ")}${keys.length > 6 ? ", …" : ""})`;
  }
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…(${text.length})` : text;
}
