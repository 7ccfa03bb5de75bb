import { describe, expect, it } from "vitest";
import { regexMatches } from "./regex";

describe("regexMatches", () => {
  it("matches like RegExp.test", () => {
    expect(regexMatches("^v\\d+\\.", "v12.4")).toBe(true);
    expect(regexMatches("^v\\d+\\.", "version")).toBe(false);
  });

  it("stops a catastrophic pattern instead of stalling the worker", () => {
    const started = performance.now();
    expect(() => regexMatches("^(a+)+$", `${"a".repeat(40)}!`)).toThrow(/took longer than 100 ms/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
