import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

/** Resolves an import as the bundler would: "@/" is the project root; bare names are packages. */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".") && !specifier.startsWith("@/")) return specifier;
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  const candidates = [".ts", ".tsx", "/index.ts", "/index.tsx"].map((suffix) => base + suffix);
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/** Every module the file pulls into a bundle, type-only imports left out as the compiler erases them. */
function bundled(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !entry.startsWith(root)) return seen.add(entry);
  seen.add(entry);
  const source = readFileSync(entry, "utf8");
  for (const match of source.matchAll(/^import (?!type )[^;]*?from "([^"]+)";/gms)) {
    const target = resolveImport(entry, match[1]!);
    if (target) bundled(target, seen);
  }
  return seen;
}

describe("the browser's check form registry", () => {
  it("reaches no type's schema, probe or registry, nor re2js or node modules", () => {
    const modules = [...bundled(path.join(root, "lib/checks/forms.ts"))].map((file) => path.relative(root, file));
    expect(modules).toContain("lib/checks/composite/form.tsx");
    const forbidden = modules.filter((file) => /(schema|run|index|registry|evaluate)\.tsx?$|^re2js$|^node:/.test(file));
    expect(forbidden).toEqual([]);
  });
});
