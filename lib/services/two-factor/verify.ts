import "server-only";
import { and, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { recoveryCodes, userSessions, userTotp } from "@/db/schema";
import { openSecret } from "@/lib/crypto/secret-box";
import type { Database } from "@/lib/db";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { hashRecoveryCode } from "@/lib/two-factor/recovery-codes";
import { acceptedStep } from "@/lib/two-factor/totp";
import { recordSessionAttempt } from "../sessions/attempts";
import type { SessionCtx } from "../sessions/manage";

type Executor = Pick<Database, "select" | "update">;

/**
 * True when `code` is a current authenticator code not used before, or an unused recovery code;
 * either is consumed atomically, so two requests racing with the same code cannot both pass.
 */
export async function consumeSecondFactor(executor: Executor, userId: string, code: string, at = Date.now()): Promise<boolean> {
  const [totp] = await executor.select().from(userTotp).where(and(eq(userTotp.userId, userId), isNotNull(userTotp.enabledAt)));
  if (!totp) return false;
  const step = acceptedStep(openSecret(totp.secretSealed), code, totp.lastUsedStep, at);
  if (step !== null) {
    const used = await executor
      .update(userTotp)
      .set({ lastUsedStep: step })
      .where(and(eq(userTotp.userId, userId), or(isNull(userTotp.lastUsedStep), lt(userTotp.lastUsedStep, step))))
      .returning({ userId: userTotp.userId });
    return used.length > 0;
  }
  const spent = await executor
    .update(recoveryCodes)
    .set({ usedAt: new Date(at) })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return spent.length > 0;
}

/** The second step of sign-in: at most five tries per session in 15 minutes, counted before checking. */
export async function verifySignInSecondFactor(ctx: SessionCtx, code: string, at = Date.now()): Promise<void> {
  await recordSessionAttempt(ctx.sessionId, "two_factor");
  if (!(await consumeSecondFactor(db, ctx.userId, code, at))) {
    throw new ValidationError("That code is not right", { code: ["That code is not right, or was already used."] });
  }
  await db
    .update(userSessions)
    .set({ mfaVerifiedAt: new Date(at) })
    .where(and(eq(userSessions.id, ctx.sessionId), eq(userSessions.userId, ctx.userId), isNull(userSessions.revokedAt)));
}
