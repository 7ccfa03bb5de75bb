import { describe, expect, it } from "vitest";
import { failedAssertions, type ObservedResponse } from "./assertions";

const response: ObservedResponse = { status: 200, headers: { "content-type": "text/plain" }, body: "ok", totalMs: 10 };

describe("header assertions", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])("treat %s as a missing header, not a property of every object", async (name) => {
    // Awaited: evaluation may run regexes off the event loop (issue 7, defect 4).
    const failures = await failedAssertions([{ type: "header", name, op: "contains", value: "x" }], response);
    expect(failures).toEqual([`header ${name} missing, expected it to contain "x"`]);
  });

  it("still reads the response's own headers", async () => {
    expect(await failedAssertions([{ type: "header", name: "Content-Type", op: "contains", value: "text" }], response)).toEqual([]);
  });
});
