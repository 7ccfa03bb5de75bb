import { describe, expect, it } from "vitest";
import { acceptedStep, newTotpSecret, totpCode, totpUri } from "./totp";

const NOW = Date.UTC(2026, 0, 1, 12, 0, 10);
const STEP = Math.floor(NOW / 30_000);

describe("TOTP", () => {
  it("accepts the current code and one step of drift either way, and nothing further", () => {
    const secret = newTotpSecret();
    expect(acceptedStep(secret, totpCode(secret, NOW), null, NOW)).toBe(STEP);
    expect(acceptedStep(secret, totpCode(secret, NOW - 30_000), null, NOW)).toBe(STEP - 1);
    expect(acceptedStep(secret, totpCode(secret, NOW + 30_000), null, NOW)).toBe(STEP + 1);
    expect(acceptedStep(secret, totpCode(secret, NOW - 60_000), null, NOW)).toBeNull();
    expect(acceptedStep(secret, totpCode(secret, NOW + 60_000), null, NOW)).toBeNull();
  });

  it("refuses a code whose step was already used, and any earlier one", () => {
    const secret = newTotpSecret();
    const code = totpCode(secret, NOW);
    expect(acceptedStep(secret, code, STEP, NOW)).toBeNull();
    expect(acceptedStep(secret, totpCode(secret, NOW - 30_000), STEP, NOW)).toBeNull();
    expect(acceptedStep(secret, totpCode(secret, NOW + 30_000), STEP, NOW)).toBe(STEP + 1);
  });

  it("refuses malformed codes and another secret's code", () => {
    const secret = newTotpSecret();
    expect(acceptedStep(secret, "12345", null, NOW)).toBeNull();
    expect(acceptedStep(secret, "abcdef", null, NOW)).toBeNull();
    expect(acceptedStep(secret, totpCode(newTotpSecret(), NOW), null, NOW)).toBeNull();
    expect(acceptedStep(secret, totpCode(secret, NOW).replace(/(\d{3})/, "$1 "), null, NOW)).toBe(STEP);
  });

  it("builds an otpauth URI with the standard parameters for authenticator apps", () => {
    const uri = totpUri("JBSWY3DPEHPK3PXP", "ada@example.test");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Pingpage:ada%40example\.test\?/);
    expect(uri).toContain("secret=JBSWY3DPEHPK3PXP");
    expect(uri).toContain("algorithm=SHA1");
    expect(uri).toContain("digits=6");
    expect(uri).toContain("period=30");
  });
});
