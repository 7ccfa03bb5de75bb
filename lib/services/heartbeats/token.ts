import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { sealSecret } from "@/lib/crypto/secret-box";

/** 24 random bytes as 32 URL-safe characters: unguessable, and short enough to paste into a crontab. */
export function newHeartbeatToken(): string {
  return randomBytes(24).toString("base64url");
}

/** What a ping is looked up by: a leaked database holds no usable heartbeat URL. */
export function hashHeartbeatToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The columns of a new token: sealed for showing to editors, hashed for matching pings. */
export function newHeartbeatTokenColumns() {
  const token = newHeartbeatToken();
  return { heartbeatToken: sealSecret(token), heartbeatTokenHash: hashHeartbeatToken(token) };
}
