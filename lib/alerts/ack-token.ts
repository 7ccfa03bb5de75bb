import { createHash, randomBytes } from "node:crypto";

/** A random token per alert for its acknowledge link; only its hash is stored, like heartbeat tokens. */
export function newAckToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashAckToken(token) };
}

export function hashAckToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function ackPath(token: string): string {
  return `/alerts/ack/${token}`;
}
