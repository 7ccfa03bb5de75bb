import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

/**
 * A key for one purpose, derived from NEXTAUTH_SECRET, so operators manage a single secret and a
 * leak of one derived key (a page cookie, the revalidation call) does not expose the others.
 */
export function derivedKey(purpose: "page-unlock" | "revalidate"): Buffer {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set; `npm start` provides one");
  return createHmac("sha256", env.NEXTAUTH_SECRET).update(`pingpage:${purpose}`).digest();
}
