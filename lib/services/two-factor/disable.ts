import "server-only";
import { eq } from "drizzle-orm";
import { recoveryCodes, users, userTotp } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { TwoFactorDisable } from "@/lib/schemas/account";
import { recordSessionAttempt } from "../sessions/attempts";
import type { SessionCtx } from "../sessions/manage";
import { consumeSecondFactor } from "./verify";
import { workspacesRequiringTwoFactor } from "./workspace-policy";

/** Turns two-factor off with proof (a current code or the password), unless a workspace requires it. */
export async function disableTwoFactor(ctx: SessionCtx, input: TwoFactorDisable): Promise<void> {
  const requiring = await workspacesRequiringTwoFactor(ctx.userId);
  if (requiring.length > 0) {
    throw new ConflictError(`${requiring.join(", ")} requires two-factor authentication, so it stays on.`);
  }
  await recordSessionAttempt(ctx.sessionId, input.password ? "password" : "two_factor");
  await db.transaction(async (tx) => {
    let proven = false;
    if (input.password) {
      const [user] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, ctx.userId));
      proven = !!user?.passwordHash && (await verifyPassword(user.passwordHash, input.password));
      if (!proven) throw new ValidationError("Wrong password", { password: ["That is not your current password."] });
    } else if (input.code) {
      proven = await consumeSecondFactor(tx, ctx.userId, input.code);
      if (!proven) throw new ValidationError("That code is not right", { code: ["That code is not right, or was already used."] });
    }
    await tx.delete(userTotp).where(eq(userTotp.userId, ctx.userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, ctx.userId));
  });
}
