import { Secret, TOTP } from "otpauth";

/** RFC 6238 with the parameters every authenticator app supports: SHA1, 6 digits, 30 seconds. */
const PERIOD = 30;
const ISSUER = "Pingpage";

function totp(secret: string, label = "account"): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

/** A fresh 160-bit secret, base32 as authenticator apps expect it typed. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI a QR code carries. */
export function totpUri(secret: string, accountName: string): string {
  return totp(secret, accountName).toString();
}

/** The code for a moment; for tests and for nothing else. */
export function totpCode(secret: string, at: number = Date.now()): string {
  return totp(secret).generate({ timestamp: at });
}

/**
 * The time step a code belongs to, accepting one step of clock drift either way, or null.
 * A step at or before `lastUsedStep` is refused: a code observed once cannot be replayed.
 */
export function acceptedStep(secret: string, code: string, lastUsedStep: number | null, at: number = Date.now()): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: at, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(at / 1000 / PERIOD) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}
