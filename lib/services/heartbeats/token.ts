import "server-only";
import { randomBytes } from "node:crypto";

/** 24 random bytes as 32 URL-safe characters: unguessable, and short enough to paste into a crontab. */
export function newHeartbeatToken(): string {
  return randomBytes(24).toString("base64url");
}
