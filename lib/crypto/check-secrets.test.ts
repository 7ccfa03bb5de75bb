import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { KEPT_SECRET } from "@/lib/schemas/check-config/kept-secret";
import { redactSecretFields } from "@/lib/schemas/check-config/secret-fields";
import { openCheckSecrets, resealCheckSecrets, sealCheckInput } from "./check-secrets";
import { createSecretBox, isSealed } from "./secret-box";

const box = createSecretBox({ current: randomBytes(32), previous: [] });

const http = (headers: { name: string; value: string }[], auth?: object) => ({ type: "http", url: "https://example.com", headers, ...(auth ? { auth } : {}) });

describe("check secrets", () => {
  it("seals auth and every header value, and leaves other settings and other check types alone", () => {
    const sealed = sealCheckInput(http([{ name: "Accept", value: "text/plain" }], { type: "bearer", token: "t0ken" }), null, box);
    expect(sealed.url).toBe("https://example.com");
    expect(isSealed(sealed.headers[0]!.value)).toBe(true);
    expect(isSealed((sealed as { auth: { token: string } }).auth.token)).toBe(true);
    expect(openCheckSecrets(sealed, box)).toEqual(http([{ name: "Accept", value: "text/plain" }], { type: "bearer", token: "t0ken" }));
    const tcp = { type: "tcp", host: "example.com", port: 25, send: "HELO" };
    expect(sealCheckInput(tcp, null, box)).toEqual(tcp);
  });

  it("keeps repeated headers by name and order, whatever rows were removed before them", () => {
    const stored = sealCheckInput(
      http([
        { name: "Cookie", value: "a=1" },
        { name: "X-Key", value: "first" },
        { name: "x-key", value: "second" },
      ]),
      null,
      box,
    );
    expect(redactSecretFields(stored).headers.map((header) => header.value)).toEqual([KEPT_SECRET, KEPT_SECRET, KEPT_SECRET]);
    const kept = sealCheckInput(
      http([
        { name: "X-Key", value: KEPT_SECRET },
        { name: "X-KEY", value: KEPT_SECRET },
      ]),
      stored,
      box,
    );
    expect(openCheckSecrets(kept, box).headers.map((header) => header.value)).toEqual(["first", "second"]);
    expect(kept.headers[0]!.value).toBe(stored.headers[1]!.value);
  });

  it("refuses to keep what was never stored, naming the field", () => {
    const attempt = () => sealCheckInput(http([{ name: "X-Key", value: KEPT_SECRET }]), http([]), box);
    expect(attempt).toThrow(ValidationError);
    try {
      attempt();
    } catch (error) {
      expect((error as ValidationError).fieldErrors).toEqual({ "config.headers.0.value": ["Enter a value: there is no saved one to keep"] });
    }
  });

  it("re-seals plain text and leaves values under the current key as they are", () => {
    const stored = sealCheckInput(http([{ name: "X-Key", value: "k" }]), null, box);
    expect(resealCheckSecrets(stored, box)).toEqual(stored);
    const plain = http([{ name: "X-Key", value: "legacy" }], { type: "basic", username: "u", password: "p" });
    const resealed = resealCheckSecrets(plain, box);
    expect(isSealed(resealed.headers[0]!.value)).toBe(true);
    expect(openCheckSecrets(resealed, box)).toEqual(plain);
  });
});
