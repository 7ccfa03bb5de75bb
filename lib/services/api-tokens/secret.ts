import crypto from "node:crypto";

/** `pp_` marks a Pingpage token in logs and secret scanners; only its SHA-256 is stored. */
export const TOKEN_PREFIX = "pp_";

export function newApiTokenSecret(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${crypto.randomBytes(32).toString("base64url")}`;
  return { token, hash: hashApiToken(token), prefix: token.slice(0, 10) };
}

export function hashApiToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
