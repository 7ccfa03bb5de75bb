import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

const origin = "https://app.example.com";

describe("safeRedirectPath (issue 7, defect 7)", () => {
  it.each([
    ["/checks", "/checks"],
    ["/pages/1?created=1#top", "/pages/1?created=1#top"],
    ["/invite/abc", "/invite/abc"],
    ["https://app.example.com/settings", "/settings"],
    ["checks", "/checks"],
    ["/%2F%2Fevil.com", "/%2F%2Fevil.com"],
    // Same scheme without slashes is a relative path in browsers too.
    ["https:evil.com", "/evil.com"],
  ])("keeps the local target %s", (raw, expected) => {
    expect(safeRedirectPath(raw, origin)).toBe(expected);
  });

  it.each([
    "//evil.com",
    "/\\evil.com",
    "\\\\evil.com",
    "/\t/evil.com",
    "/\n/evil.com",
    " //evil.com",
    "/.//evil.com",
    "https://evil.com",
    "https://app.example.com.evil.com/",
    "https://app.example.com@evil.com/",
    "http://app.example.com/checks",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "///evil.com",
    "/\\/evil.com",
  ])("refuses %j", (raw) => {
    expect(safeRedirectPath(raw, origin)).toBe("/checks");
  });

  it.each(["/%09/evil.com", "%2F%2Fevil.com", "/%5Cevil.com", "%2f%2fevil.com"])("refuses the decoded form of %s, as a query string delivers it", (encoded) => {
    const decoded = new URLSearchParams(`callbackUrl=${encoded}`).get("callbackUrl");
    expect(safeRedirectPath(decoded, origin)).toBe("/checks");
  });

  it("keeps a still-encoded variant as a harmless local path", () => {
    expect(safeRedirectPath("/%09/evil.com", origin)).toBe("/%09/evil.com");
    expect(new URL(safeRedirectPath("/%09/evil.com", origin), origin).host).toBe("app.example.com");
  });

  it("falls back on what is not a string, empty or absurdly long", () => {
    expect(safeRedirectPath(undefined, origin)).toBe("/checks");
    expect(safeRedirectPath(["/a", "/b"], origin)).toBe("/checks");
    expect(safeRedirectPath("", origin, "/x")).toBe("/x");
    expect(safeRedirectPath(`/${"a".repeat(5000)}`, origin)).toBe("/checks");
  });
});
