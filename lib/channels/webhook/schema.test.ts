import { describe, expect, it } from "vitest";
import { activeSigningSecrets, headersFromText, ROTATION_GRACE_MS, webhookSecrets } from "./schema";
import { generateSigningSecret, isSigningSecret } from "./signing-secret";

describe("webhook signing secrets", () => {
  it("generates whsec_ secrets of 32 random bytes, each different", () => {
    const [a, b] = [generateSigningSecret(), generateSigningSecret()];
    expect(isSigningSecret(a)).toBe(true);
    expect(a).not.toBe(b);
    expect(isSigningSecret("whsec_c2hvcnQ=")).toBe(false);
    expect(isSigningSecret(a.slice(6))).toBe(false);
  });

  it("turns a next secret into the signing one and keeps the old one for the grace period", () => {
    const [old, next] = [generateSigningSecret(), generateSigningSecret()];
    const rotated = webhookSecrets.parse({ signingSecret: old, nextSigningSecret: next });
    expect(rotated).toMatchObject({ signingSecret: next, previousSigningSecret: old });
    expect(Date.parse(rotated.previousSigningSecretExpiresAt!) - Date.now()).toBeGreaterThan(ROTATION_GRACE_MS - 60_000);
    expect(activeSigningSecrets(rotated)).toEqual([next, old]);
    expect(webhookSecrets.parse(rotated)).toEqual(rotated);
    expect(activeSigningSecrets(rotated, Date.now() + ROTATION_GRACE_MS + 1000)).toEqual([next]);
  });
});

describe("headersFromText", () => {
  it("reads one Name: value per line, keeping colons in values and skipping blank lines", () => {
    expect(headersFromText("X-Team: ops\n\n X-Url : https://a.test:8443/x \r\nBroken")).toEqual([
      { name: "X-Team", value: "ops" },
      { name: "X-Url", value: "https://a.test:8443/x" },
      { name: "Broken", value: "" },
    ]);
  });
});
