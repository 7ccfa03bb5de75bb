import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { emailVerificationTokens, users } from "@/db/schema";
import { type Database, db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue";
import { verifyEmailEmail } from "@/lib/email/messages/verify-email";
import { NotFoundError } from "@/lib/errors";
import { hashToken, newToken } from "../members/tokens";

/** As long as an invitation: people do not always read mail the day it comes. */
export const VERIFICATION_VALID_DAYS = 7;

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Stores a new one-time token for the user and queues the mail carrying it, in the caller's transaction. */
export async function issueVerificationLink(tx: Tx, user: { id: string; email: string }, baseUrl: string): Promise<string> {
  const { token, hash } = newToken();
  const expiresAt = new Date(Date.now() + VERIFICATION_VALID_DAYS * 86_400_000);
  await tx.insert(emailVerificationTokens).values({ userId: user.id, tokenHash: hash, expiresAt });
  const link = `${baseUrl}/verify-email/${token}`;
  await enqueueEmail(tx, verifyEmailEmail({ to: user.email, link, validDays: VERIFICATION_VALID_DAYS }));
  return link;
}

/** The address a still-usable link would verify, or null: lets the page say what clicking will do. */
export async function findVerificationLink(token: string): Promise<{ email: string } | null> {
  const [row] = await db
    .select({ email: users.email })
    .from(emailVerificationTokens)
    .innerJoin(users, eq(users.id, emailVerificationTokens.userId))
    .where(and(eq(emailVerificationTokens.tokenHash, hashToken(token)), isNull(emailVerificationTokens.usedAt), gt(emailVerificationTokens.expiresAt, sql`now()`)));
  return row ?? null;
}

/** Spends the token (once, before it expires) and marks its user's address verified. */
export async function verifyEmailWithToken(token: string): Promise<{ id: string; email: string; name: string | null }> {
  return db.transaction(async (tx) => {
    const [spent] = await tx
      .update(emailVerificationTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(emailVerificationTokens.tokenHash, hashToken(token)), isNull(emailVerificationTokens.usedAt), gt(emailVerificationTokens.expiresAt, sql`now()`)))
      .returning({ userId: emailVerificationTokens.userId });
    if (!spent) throw new NotFoundError("Verification link");
    const [user] = await markEmailVerified(tx, spent.userId);
    if (!user) throw new NotFoundError("Verification link");
    return user;
  });
}

/**
 * Idempotent: keeps the first verification time. Spends every other link of the user too: a link
 * signs its holder in, so none may outlive the verification it was sent for.
 */
export async function markEmailVerified(tx: Tx, userId: string) {
  await tx
    .update(emailVerificationTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(emailVerificationTokens.userId, userId), isNull(emailVerificationTokens.usedAt)));
  return tx
    .update(users)
    .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
    .where(eq(users.id, userId))
    .returning({ id: users.id, email: users.email, name: users.name });
}

/** Whether a signed-in user may use the dashboard, or must verify their address (or sign in again) first. */
export async function dashboardAccess(userId: string): Promise<"allowed" | "verify_email" | "sign_in"> {
  const status = await emailStatus(userId);
  if (!status) return "sign_in";
  return status.verified ? "allowed" : "verify_email";
}

/** The user's address and whether it is verified; null when the user no longer exists. */
export async function emailStatus(userId: string): Promise<{ email: string; verified: boolean } | null> {
  const [user] = await db.select({ email: users.email, verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
  return user ? { email: user.email, verified: !!user.verifiedAt } : null;
}
