import { createHash, randomBytes } from "node:crypto";
import { sealSecret } from "@/lib/crypto/secret-box";
import type { SubscriberChannel } from "@/db/schema";

/** 24 random bytes as 32 URL-safe characters. */
export function newSubscriberToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Links are looked up by hash: a leaked database holds no working confirm or manage link. */
export function hashSubscriberToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** One subscriber per page, channel and address (or URL), whatever its case or sealing. */
export function subscriberTargetHash(channel: SubscriberChannel, target: string): string {
  const normal = channel === "email" ? target.trim().toLowerCase() : target.trim();
  return createHash("sha256").update(`${channel}:${normal}`, "utf8").digest("hex");
}

/** The columns of a new manage link: hashed for lookup, sealed so each message can carry it. */
export function newManageToken(): { token: string; manageTokenHash: string; manageTokenSealed: string } {
  const token = newSubscriberToken();
  return { token, manageTokenHash: hashSubscriberToken(token), manageTokenSealed: sealSecret(token) };
}

export const CONFIRMATION_DAYS = 7;
