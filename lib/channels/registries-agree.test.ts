import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { channelModules } from "./registry";

const root = path.resolve(__dirname, "../..");

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".") && !specifier.startsWith("@/")) return specifier;
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  return [".ts", ".tsx", "/index.ts", "/index.tsx"].map((suffix) => base + suffix).find((candidate) => existsSync(candidate)) ?? null;
}

/** Every module the file pulls into a bundle; type-only imports are erased, so left out. */
function bundled(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !entry.startsWith(root)) return seen.add(entry);
  seen.add(entry);
  for (const match of readFileSync(entry, "utf8").matchAll(/^import (?!type )[^;]*?from "([^"]+)";/gms)) {
    const target = resolveImport(entry, match[1]!);
    if (target) bundled(target, seen);
  }
  return seen;
}

describe("the channel registries", () => {
  it("list the chat, push and incident-tool channels, each type once", () => {
    const types = channelModules.map((module) => module.type);
    expect(types).toEqual(expect.arrayContaining(["telegram", "ntfy", "pushover", "pagerduty", "opsgenie", "statuspage"]));
    expect(new Set(types).size).toBe(types.length);
  });

  it("give the browser each form without its send code, schema, limiter or node modules", () => {
    const modules = [...bundled(path.join(root, "lib/channels/forms.ts"))].map((file) => path.relative(root, file));
    expect(modules).toContain("lib/channels/statuspage/form.tsx");
    expect(modules.filter((file) => /(index|payload|pace|schema|registry)\.tsx?$|^node:|^server-only$/.test(file))).toEqual([]);
  });
});
