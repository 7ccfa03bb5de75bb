import { describe, expect, it } from "vitest";
import { showsVerificationLinkOnScreen } from "./first-user-rule";

describe("showsVerificationLinkOnScreen", () => {
  it("shows the link only to the first user while mail goes to the outbox", () => {
    expect(showsVerificationLinkOnScreen({ transport: "outbox", isFirstUser: true })).toBe(true);
    expect(showsVerificationLinkOnScreen({ transport: "outbox", isFirstUser: false })).toBe(false);
    expect(showsVerificationLinkOnScreen({ transport: "smtp", isFirstUser: true })).toBe(false);
    expect(showsVerificationLinkOnScreen({ transport: "resend", isFirstUser: true })).toBe(false);
  });
});
