import "server-only";
import { timingSafeEqual } from "node:crypto";
import { derivedKey } from "@/lib/secrets";

/** The bearer token between a web process's listener and its own revalidate endpoint. */
export function revalidateToken(): string {
  return derivedKey("revalidate").toString("base64url");
}

export function isRevalidateToken(header: string | null): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(revalidateToken());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
