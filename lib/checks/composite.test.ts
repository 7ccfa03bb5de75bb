import { describe, expect, it } from "vitest";
import { compositeConfig } from "@/lib/schemas/check-config";
import { evaluateComposite } from "./composite";

const ids = ["6f1c2b0e-7d4a-4f5e-9a8b-1c2d3e4f5a6b", "0b3f6d1e-2c4a-4e8b-9f7a-5d6c7b8a9e0f"] as const;
const config = compositeConfig.parse({ type: "composite", checkIds: [...ids] });

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
});
