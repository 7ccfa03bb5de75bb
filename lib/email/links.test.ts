import { describe, expect, it } from "vitest";
import { splitLinks } from "./links";

describe("splitLinks", () => {
  it("finds http and https links, leaving sentence punctuation outside", () => {
    expect(splitLinks("Verify: https://app.test/verify/abc_1. Or see (http://x.test/a?b=1).")).toEqual([
      { text: "Verify: " },
      { url: "https://app.test/verify/abc_1" },
      { text: ". Or see (" },
      { url: "http://x.test/a?b=1" },
      { text: ")." },
    ]);
  });

  it("never makes a link of other schemes", () => {
    expect(splitLinks("javascript:alert(1) data:text/html,x")).toEqual([{ text: "javascript:alert(1) data:text/html,x" }]);
  });
});
