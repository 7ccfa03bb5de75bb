import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { derivedKey } from "@/lib/secrets";

/** How long a visitor who entered a page's password stays let in. */
export const UNLOCK_DAYS = 30;

export { unlockCookieName } from "./unlock-name";

function mac(pageId: string, passwordFingerprint: string, expires: number): string {
  return createHmac("sha256", derivedKey("page-unlock")).update(`${pageId}.${passwordFingerprint}.${expires}`).digest("base64url");
}

/** The cookie value: expiry and a MAC over page, password and expiry, so a new password locks everyone out. */
export function signUnlock(pageId: string, passwordFingerprint: string, now = new Date()): { value: string; expires: Date } {
  const expires = Math.floor(now.getTime() / 1000) + UNLOCK_DAYS * 86_400;
  return { value: `${expires}.${mac(pageId, passwordFingerprint, expires)}`, expires: new Date(expires * 1000) };
}

export function verifyUnlock(value: string | undefined, pageId: string, passwordFingerprint: string, now = new Date()): boolean {
  const match = value?.match(/^(\d{1,12})\.([A-Za-z0-9_-]{43})$/);
  if (!match) return false;
  const expires = Number(match[1]);
  if (expires * 1000 <= now.getTime()) return false;
  const expected = Buffer.from(mac(pageId, passwordFingerprint, expires));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
