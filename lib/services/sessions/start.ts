import "server-only";
import crypto from "node:crypto";
import { userSessions } from "@/db/schema";
import { db } from "@/lib/db";

export type SessionOrigin = { userAgent: string | null; ip: string | null };

/** Records a new sign-in and returns its `sid`, which the JWT carries from now on. */
export async function startSession(userId: string, origin: SessionOrigin): Promise<string> {
  const id = crypto.randomBytes(24).toString("base64url");
  await db.insert(userSessions).values({
    id,
    userId,
    userAgent: origin.userAgent?.slice(0, 500) ?? null,
    ip: origin.ip?.slice(0, 100) ?? null,
  });
  return id;
}
