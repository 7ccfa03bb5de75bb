import "server-only";
import { and, count, eq, gt, sql } from "drizzle-orm";
import { emailVerificationTokens, users } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError, RateLimitedError } from "@/lib/errors";
import { issueVerificationLink } from "./verification";

const PER_MINUTE = 1;
const PER_DAY = 10;

export type ResendResult = { status: "sent"; email: string; link: string } | { status: "already_verified" };

/** A fresh link for a signed-in, unverified user: at most one a minute and ten a day. */
export async function resendVerification(userId: string, baseUrl: string): Promise<ResendResult> {
  return db.transaction(async (tx) => {
    // Locking the user serialises parallel clicks, so the counts below cannot be raced past.
    const [user] = await tx.select({ id: users.id, email: users.email, verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new NotFoundError("User");
    if (user.verifiedAt) return { status: "already_verified" };
    const recent = async (interval: string) => {
      const [row] = await tx
        .select({ n: count() })
        .from(emailVerificationTokens)
        .where(and(eq(emailVerificationTokens.userId, userId), gt(emailVerificationTokens.createdAt, sql`now() - ${interval}::interval`)));
      return row?.n ?? 0;
    };
    if ((await recent("1 minute")) >= PER_MINUTE) throw new RateLimitedError("A link was sent less than a minute ago. Check your inbox, or try again in a minute.");
    if ((await recent("1 day")) >= PER_DAY) throw new RateLimitedError("Ten links were sent today. Try again tomorrow.");
    const link = await issueVerificationLink(tx, user, baseUrl);
    return { status: "sent", email: user.email, link };
  });
}
