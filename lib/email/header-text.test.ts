import { describe, expect, it } from "vitest";
import { headerText } from "./header-text";

describe("headerText", () => {
  it("turns line breaks and control characters into spaces, so no header can be injected", () => {
    expect(headerText("Acme\r\nBcc: x@evil")).toBe("Acme Bcc: x@evil");
    expect(headerText("A\u0000B\u0007C\tD\u2028E\u202eF")).toBe("A B C D E F");
  });

  it("cuts long names to the limit with an ellipsis, without splitting a character", () => {
    expect(headerText("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
    expect(Array.from(headerText("😀".repeat(100), 10))).toHaveLength(10);
    expect(headerText("  Acme   Inc  ")).toBe("Acme Inc");
  });
});
