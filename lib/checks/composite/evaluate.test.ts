import { describe, expect, it } from "vitest";
import { compositeConfig } from "@/lib/schemas/check-config";
import { compositeStatus, evaluateComposite } from "./evaluate";

const ids = ["6f1c2b0e-7d4a-4f5e-9a8b-1c2d3e4f5a6b", "0b3f6d1e-2c4a-4e8b-9f7a-5d6c7b8a9e0f", "3a4b5c6d-7e8f-4a1b-8c2d-3e4f5a6b7c8d"] as const;
const config = compositeConfig.parse({ type: "composite", checkIds: ids.slice(0, 2) });

describe("compositeStatus", () => {
  it.each([
    { rule: "all", k: undefined, up: 3, members: 3, status: "up" },
    { rule: "all", k: undefined, up: 2, members: 3, status: "down" },
    { rule: "any", k: undefined, up: 3, members: 3, status: "up" },
    { rule: "any", k: undefined, up: 1, members: 3, status: "degraded" },
    { rule: "any", k: undefined, up: 0, members: 3, status: "down" },
    { rule: "at_least", k: 2, up: 3, members: 3, status: "up" },
    { rule: "at_least", k: 2, up: 2, members: 3, status: "degraded" },
    { rule: "at_least", k: 2, up: 1, members: 3, status: "down" },
    { rule: "at_least", k: 3, up: 2, members: 3, status: "down" },
    // A paused member is left out: K of the remaining members, never more than there are.
    { rule: "at_least", k: 3, up: 2, members: 2, status: "up" },
    { rule: "at_least", k: 3, up: 1, members: 2, status: "down" },
  ] as const)("$rule (k=$k) with $up of $members up is $status", ({ rule, k, up, members, status }) => {
    expect(compositeStatus({ rule, k }, up, members)).toBe(status);
  });
});

describe("evaluateComposite", () => {
  it("is up only when every member is up", () => {
    const members = [
      { checkId: ids[0], name: "API", ok: true },
      { checkId: ids[1], name: "DB", ok: true },
    ];
    expect(evaluateComposite(config, members).ok).toBe(true);
    expect(evaluateComposite(config, [members[0]!, { ...members[1]!, ok: false }])).toMatchObject({
      ok: false,
      error: "1 of 2 checks not up: DB",
    });
  });

  it("does not count unknown or never-run members as up", () => {
    const result = evaluateComposite(config, [{ checkId: ids[0], ok: null }]);
    expect(result.error).toBe(`2 of 2 checks not up: ${ids[0]} (no result yet), ${ids[1]} (unknown check)`);
  });

  it("reports a degraded run, naming the members down, while at least K are up", () => {
    const cluster = compositeConfig.parse({ type: "composite", checkIds: [...ids], rule: "at_least", k: 2 });
    const members = ids.map((checkId, index) => ({ checkId, name: `replica ${index + 1}`, ok: index !== 2 }));
    expect(evaluateComposite(cluster, members)).toMatchObject({ ok: true, degraded: true, error: "1 of 3 checks not up: replica 3" });
    expect(evaluateComposite(cluster, members.map((m) => ({ ...m, ok: m.checkId === ids[0] })))).toMatchObject({ ok: false });
  });
});
