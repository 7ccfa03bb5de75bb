import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { passwordResetTokens, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue";
import { ValidationError } from "@/lib/errors";
import type { PasswordReset, PasswordResetRequest } from "@/lib/schemas/account";
import { hashToken, newToken } from "../members/tokens";
import { markEmailVerified } from "../accounts/verification";
import { clearSignInLockout } from "../limits/attempts";
import { revokeUserSessions } from "../sessions/manage";
import { passwordResetEmail } from "@/lib/email/messages/password-reset";

const VALID_FOR_MS = 60 * 60 * 1000;
/** More requests than this in an hour send nothing more, so the form cannot flood an inbox. */
const MAX_LINKS_PER_HOUR = 5;

/**
 * Mails a single-use link valid for one hour. Says nothing about whether the address has an
 * account: the caller shows the same answer either way. Accounts without a password get one too.
 */
export async function requestPasswordReset(input: PasswordResetRequest, baseUrl: string, at = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, email: users.email }).from(users).where(sql`lower(${users.email}) = ${input.email}`);
    if (!user) return;
    const [recent] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(passwordResetTokens)
      .where(and(eq(passwordResetTokens.userId, user.id), gt(passwordResetTokens.createdAt, sql`now() - interval '1 hour'`)));
    if ((recent?.n ?? 0) >= MAX_LINKS_PER_HOUR) return;
    const { token, hash } = newToken();
    await tx.insert(passwordResetTokens).values({ userId: user.id, tokenHash: hash, expiresAt: new Date(at.getTime() + VALID_FOR_MS) });
    await enqueueEmail(tx, passwordResetEmail(user.email, `${baseUrl.replace(/\/$/, "")}/reset-password/${token}`));
  });
}

/** Whether a link can still be used, so the page can say so before the user types a password. */
export async function isResetTokenUsable(token: string): Promise<boolean> {
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, sql`now()`)));
  return !!row;
}

/**
 * Spends the token (once: the update is the check), sets the password, signs out every session
 * of the user and clears the account's failed sign-ins, so a locked-out user gets back in.
 */
export async function completePasswordReset(input: PasswordReset): Promise<{ userId: string; email: string }> {
  const passwordHash = await hashPassword(input.password);
  const reset = await db.transaction(async (tx) => {
    const [spent] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResetTokens.tokenHash, hashToken(input.token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, sql`now()`)))
      .returning({ userId: passwordResetTokens.userId });
    if (!spent) throw new ValidationError("This reset link has expired or was already used", { token: ["This reset link has expired or was already used. Ask for a new one."] });
    const [user] = await tx.update(users).set({ passwordHash }).where(eq(users.id, spent.userId)).returning({ id: users.id, email: users.email });
    if (!user) throw new ValidationError("This reset link is not valid", { token: ["This reset link is not valid."] });
    // Other links sent before this one must not work after it.
    await tx.update(passwordResetTokens).set({ usedAt: sql`now()` }).where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
    await revokeUserSessions(tx, user.id, null);
    // A reset proves the mailbox: it is also how a victim takes back an address signed up by someone else.
    await markEmailVerified(tx, user.id);
    return { userId: user.id, email: user.email };
  });
  await clearSignInLockout(reset.email);
  return reset;
}
