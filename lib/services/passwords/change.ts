import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { PasswordChange } from "@/lib/schemas/account";
import { recordSessionAttempt } from "../sessions/attempts";
import { revokeUserSessions, type SessionCtx } from "../sessions/manage";

/** Needs the current password; signs every other browser out, keeping this one. Returns how many. */
export async function changePassword(ctx: SessionCtx, input: PasswordChange): Promise<{ signedOut: number }> {
  await recordSessionAttempt(ctx.sessionId, "password");
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, ctx.userId));
  if (!user?.passwordHash) {
    throw new ValidationError("This account has no password yet", {
      currentPassword: ["You sign in with GitHub or Google. Use “Forgot password?” on the sign-in page to set a password."],
    });
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError("Wrong password", { currentPassword: ["That is not your current password."] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, ctx.userId));
    return { signedOut: await revokeUserSessions(tx, ctx.userId, ctx.sessionId) };
  });
}
