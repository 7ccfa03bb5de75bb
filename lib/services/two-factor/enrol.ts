import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { recoveryCodes, userSessions, userTotp } from "@/db/schema";
import { openSecret, sealSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { acceptedStep, newTotpSecret } from "@/lib/two-factor/totp";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/two-factor/recovery-codes";
import { recordSessionAttempt } from "../sessions/attempts";
import type { SessionCtx } from "../sessions/manage";

/** Creates (or replaces) a pending secret; nothing changes at sign-in until it is confirmed. */
export async function startTwoFactorEnrolment(ctx: SessionCtx): Promise<void> {
  const secretSealed = sealSecret(newTotpSecret());
  const written = await db
    .insert(userTotp)
    .values({ userId: ctx.userId, secretSealed })
    .onConflictDoUpdate({ target: userTotp.userId, set: { secretSealed, lastUsedStep: null, createdAt: new Date() }, setWhere: isNull(userTotp.enabledAt) })
    .returning({ userId: userTotp.userId });
  if (written.length === 0) throw new ConflictError("Two-factor authentication is already on.");
}

/**
 * The first correct code turns two-factor on, marks this session as verified (the user just gave
 * the second factor) and returns ten recovery codes, shown once: only their hashes are kept.
 */
export async function confirmTwoFactorEnrolment(ctx: SessionCtx, code: string, at = Date.now()): Promise<string[]> {
  await recordSessionAttempt(ctx.sessionId, "two_factor");
  const [pending] = await db.select().from(userTotp).where(and(eq(userTotp.userId, ctx.userId), isNull(userTotp.enabledAt)));
  if (!pending) throw new ConflictError("Start the setup again: there is no pending authenticator.");
  const step = acceptedStep(openSecret(pending.secretSealed), code, null, at);
  if (step === null) throw new ValidationError("That code is not right", { code: ["That code is not right. Check the time on your phone and try the current code."] });
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    const enabled = await tx
      .update(userTotp)
      .set({ enabledAt: new Date(at), lastUsedStep: step })
      .where(and(eq(userTotp.userId, ctx.userId), isNull(userTotp.enabledAt)))
      .returning({ userId: userTotp.userId });
    if (enabled.length === 0) throw new ConflictError("Two-factor authentication is already on.");
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, ctx.userId));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: ctx.userId, codeHash: hashRecoveryCode(c) })));
    await tx.update(userSessions).set({ mfaVerifiedAt: new Date(at) }).where(and(eq(userSessions.id, ctx.sessionId), eq(userSessions.userId, ctx.userId)));
  });
  return codes;
}
