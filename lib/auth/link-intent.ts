import crypto from "node:crypto";

/**
 * "The signed-in user U asked to link provider P", carried through the OAuth round trip in an
 * httpOnly cookie. It is signed with the app secret, so only our own server action can mint one.
 */
export const LINK_INTENT_COOKIE = "pp_link_intent";
export const LINK_INTENT_SECONDS = 10 * 60;

function mac(secret: string, payload: string): string {
  return crypto.createHmac("sha256", secret).update(`link-intent:${payload}`).digest("base64url");
}

export function signLinkIntent(secret: string, userId: string, provider: string, now = Date.now()): string {
  const payload = `${userId}.${provider}.${now + LINK_INTENT_SECONDS * 1000}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** The user to link to, when the cookie is genuine, unexpired and meant for this provider. */
export function readLinkIntent(secret: string, value: string | undefined, provider: string, now = Date.now()): string | null {
  const parts = value?.split(".") ?? [];
  if (parts.length !== 4) return null;
  const [userId, intentProvider, expires, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(secret, `${userId}.${intentProvider}.${expires}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  if (intentProvider !== provider || !(Number(expires) > now)) return null;
  return userId;
}
