import { describe, expect, it } from "vitest";
import { flashMessage, takeFlash } from "./messages";

describe("flash notices", () => {
  it("reads a known key from the cookie header", () => {
    expect(takeFlash("a=1; pp_flash=check.created; b=2")).toBe("Check created.");
  });

  it("shows nothing for an unknown key or no cookie, so no text from outside is echoed", () => {
    expect(takeFlash("pp_flash=%3Cb%3Ehi")).toBeNull();
    expect(takeFlash("other=check.created")).toBeNull();
    expect(flashMessage("constructor")).toBeNull();
  });
});
