import { describe, expect, it } from "vitest";
import { langScript, themeScript } from "@/components/status-page/theme-script";

describe("the public page's inline script", () => {
  it("compiles when the theme and language parts are joined, as the page shell joins them", () => {
    // A syntax error here stops both: the page keeps the light theme and lang="en" for every visitor.
    for (const theme of ["system", "light", "dark"] as const) {
      expect(() => new Function(themeScript(theme) + langScript("de"))).not.toThrow();
    }
  });
});
