import { beforeAll, describe, expect, it } from "vitest";
import { signUnlock, verifyUnlock } from "./unlock";

beforeAll(() => {
  expect(process.env.NEXTAUTH_SECRET).toBeTruthy();
});

describe("page unlock cookie", () => {
  const now = new Date("2026-03-01T00:00:00Z");

  it("lets in the visitor it was issued to", () => {
    const { value } = signUnlock("page-1", "fp-1", now);
    expect(verifyUnlock(value, "page-1", "fp-1", now)).toBe(true);
  });

  it("is refused for another page, after a password change, when tampered with or expired", () => {
    const { value, expires } = signUnlock("page-1", "fp-1", now);
    expect(verifyUnlock(value, "page-2", "fp-1", now)).toBe(false);
    expect(verifyUnlock(value, "page-1", "fp-2", now)).toBe(false);
    expect(verifyUnlock(value.replace(/^\d+/, "9999999999"), "page-1", "fp-1", now)).toBe(false);
    expect(verifyUnlock(value, "page-1", "fp-1", new Date(expires.getTime() + 1000))).toBe(false);
    expect(verifyUnlock(undefined, "page-1", "fp-1", now)).toBe(false);
  });
});
