import { describe, expect, it } from "vitest";
import { parseStatusExpectation, statusMatches } from "./status";

describe("parseStatusExpectation", () => {
  it.each([
    ["200-299", [{ from: 200, to: 299 }]],
    ["200,204", [{ from: 200, to: 200 }, { from: 204, to: 204 }]],
    ["2xx", [{ from: 200, to: 299 }]],
    [" 2XX , 304 ", [{ from: 200, to: 299 }, { from: 304, to: 304 }]],
  ])("reads %j", (text, ranges) => {
    expect(parseStatusExpectation(text)).toEqual(ranges);
  });

  it.each(["", "ok", "299-200", "600", "99", "2xx,", "6xx", "200-"])("rejects %j", (text) => {
    expect(parseStatusExpectation(text)).toBeNull();
  });

  it("matches codes inside any range", () => {
    const ranges = parseStatusExpectation("2xx,404") ?? [];
    expect([200, 299, 404].map((s) => statusMatches(s, ranges))).toEqual([true, true, true]);
    expect([199, 300, 500].map((s) => statusMatches(s, ranges))).toEqual([false, false, false]);
  });
});
