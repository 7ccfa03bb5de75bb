import { describe, expect, it } from "vitest";
import { prefilledValues } from "./prefill";

describe("prefilledValues", () => {
  const base = { "config.type": "http" };

  it("fills in the name and URL of the first-visit example", () => {
    expect(prefilledValues(base, { name: "Example website", url: "https://example.com/" })).toEqual({
      "config.type": "http",
      name: "Example website",
      "config.url": "https://example.com/",
    });
  });

  it("ignores a URL that is not http(s), and repeated or empty parameters keep only usable values", () => {
    expect(prefilledValues(base, { url: "javascript:alert(1)" })).toEqual(base);
    expect(prefilledValues(base, { name: ["", "x"], url: ["ftp://a", "https://b.example/"] })).toEqual(base);
  });
});
