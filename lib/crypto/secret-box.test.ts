import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSecretBox, isSealed, keyId, sealSecret, openSecret } from "./secret-box";

const oldKey = randomBytes(32);
const newKey = randomBytes(32);

describe("secret box", () => {
  it("round-trips text, including empty and unicode values, with a fresh IV each time", () => {
    const box = createSecretBox({ current: newKey, previous: [] });
    for (const text of ["hunter2", "", "pässwörd ✓ 🔑", "x".repeat(10_000)]) {
      const sealed = box.seal(text);
      expect(isSealed(sealed)).toBe(true);
      expect(sealed).not.toContain(text || "\u0000");
      expect(box.open(sealed)).toBe(text);
    }
    expect(box.seal("same")).not.toBe(box.seal("same"));
  });

  it("names the key that sealed a value", () => {
    const sealed = createSecretBox({ current: newKey, previous: [] }).seal("token");
    expect(sealed.split(":").slice(0, 2)).toEqual(["v1", keyId(newKey)]);
  });

  it("refuses a tampered ciphertext, tag or IV", () => {
    const box = createSecretBox({ current: newKey, previous: [] });
    const parts = box.seal("bearer abc").split(":");
    for (const index of [2, 3, 4]) {
      const altered = [...parts];
      const bytes = Buffer.from(altered[index]!, "base64url");
      bytes[0] = bytes[0]! ^ 1;
      altered[index] = bytes.toString("base64url");
      expect(() => box.open(altered.join(":"))).toThrow(/integrity/);
    }
  });

  it("refuses plaintext and values sealed with an unknown key", () => {
    const box = createSecretBox({ current: newKey, previous: [] });
    expect(() => box.open("hunter2")).toThrow(/Not a sealed secret/);
    const foreign = createSecretBox({ current: oldKey, previous: [] }).seal("x");
    expect(() => box.open(foreign)).toThrow(/PINGPAGE_SECRET_KEY_PREVIOUS/);
  });

  it("opens values sealed with a previous key and says they need resealing", () => {
    const sealedBefore = createSecretBox({ current: oldKey, previous: [] }).seal("old password");
    const rotated = createSecretBox({ current: newKey, previous: [oldKey] });
    expect(rotated.open(sealedBefore)).toBe("old password");
    expect(rotated.needsResealing(sealedBefore)).toBe(true);
    expect(rotated.needsResealing(rotated.seal("new"))).toBe(false);
  });

  it("uses the process key from PINGPAGE_SECRET_KEY", () => {
    expect(openSecret(sealSecret("from env"))).toBe("from env");
  });

  it("tells plain text from sealed values", () => {
    expect(isSealed("v1:abc")).toBe(false);
    expect(isSealed(42)).toBe(false);
    expect(isSealed(null)).toBe(false);
  });
});
