import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { recoveryCodes, userTotp, workspaceMembers } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { ConflictError, RateLimitedError, ValidationError } from "@/lib/errors";
import { checkSession } from "@/lib/services/sessions/check";
import { startSession } from "@/lib/services/sessions/start";
import { disableTwoFactor } from "@/lib/services/two-factor/disable";
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from "@/lib/services/two-factor/enrol";
import { twoFactorStatus } from "@/lib/services/two-factor/status";
import { verifySignInSecondFactor } from "@/lib/services/two-factor/verify";
import { setWorkspaceRequiresTwoFactor, workspaceRequiresTwoFactor } from "@/lib/services/two-factor/workspace-policy";
import { totpCode } from "@/lib/two-factor/totp";
import { createOwnerCtx, createUser } from "../support/factories";

const origin = { userAgent: "vitest", ip: null };
const STEP_MS = 30_000;

/** A user with two-factor on: the secret, the recovery codes, and the time of the code used to enrol. */
async function enrolledUser() {
  const user = await createUser({ passwordHash: await hashPassword("the password") });
  const ctx = { userId: user.id, sessionId: await startSession(user.id, origin) };
  await startTwoFactorEnrolment(ctx);
  const status = await twoFactorStatus(user.id);
  if (status.state !== "pending") throw new Error("expected a pending enrolment");
  const enrolledAt = Date.now();
  const codes = await confirmTwoFactorEnrolment(ctx, totpCode(status.secret, enrolledAt), enrolledAt);
  return { user, ctx, secret: status.secret, codes, enrolledAt };
}

describe("TOTP enrolment", () => {
  it("keeps the secret sealed, turns on with the first right code and shows ten single-use recovery codes", async () => {
    const user = await createUser();
    const ctx = { userId: user.id, sessionId: await startSession(user.id, origin) };
    await startTwoFactorEnrolment(ctx);
    const status = await twoFactorStatus(user.id);
    if (status.state !== "pending") throw new Error("expected a pending enrolment");
    expect(status.uri).toContain(`secret=${status.secret}`);
    const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, user.id));
    expect(row?.secretSealed).not.toContain(status.secret);
    // Pending: sign-in is not affected yet.
    expect(await checkSession(user.id, ctx.sessionId)).toMatchObject({ status: "active", twoFactorEnabled: false });

    await expect(confirmTwoFactorEnrolment(ctx, "000000")).rejects.toBeInstanceOf(ValidationError);
    const codes = await confirmTwoFactorEnrolment(ctx, totpCode(status.secret));
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.codeHash)).not.toContain(codes[0]);
    expect(await twoFactorStatus(user.id)).toEqual({ state: "on", recoveryCodesLeft: 10 });
    // The browser that enrolled stays signed in; it just gave the second factor.
    expect(await checkSession(user.id, ctx.sessionId)).toMatchObject({ status: "active", twoFactorEnabled: true });
    await expect(startTwoFactorEnrolment(ctx)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("two-factor at sign-in", () => {
  it("holds a new session until a code is given, and refuses the code already used", async () => {
    const { user, secret, enrolledAt } = await enrolledUser();
    const sid = await startSession(user.id, origin);
    expect(await checkSession(user.id, sid)).toEqual({ status: "needs_two_factor", userId: user.id, sessionId: sid });

    await expect(verifySignInSecondFactor({ userId: user.id, sessionId: sid }, totpCode(secret, enrolledAt), enrolledAt)).rejects.toBeInstanceOf(ValidationError);
    const later = enrolledAt + STEP_MS;
    await verifySignInSecondFactor({ userId: user.id, sessionId: sid }, totpCode(secret, later), later);
    expect(await checkSession(user.id, sid)).toMatchObject({ status: "active" });

    const another = await startSession(user.id, origin);
    await expect(verifySignInSecondFactor({ userId: user.id, sessionId: another }, totpCode(secret, later), later)).rejects.toBeInstanceOf(ValidationError);
  });

  it("accepts each recovery code once", async () => {
    const { user, codes } = await enrolledUser();
    const first = { userId: user.id, sessionId: await startSession(user.id, origin) };
    await verifySignInSecondFactor(first, codes[3]!.toUpperCase());
    expect(await checkSession(user.id, first.sessionId)).toMatchObject({ status: "active" });
    const second = { userId: user.id, sessionId: await startSession(user.id, origin) };
    await expect(verifySignInSecondFactor(second, codes[3]!)).rejects.toBeInstanceOf(ValidationError);
    expect(await twoFactorStatus(user.id)).toEqual({ state: "on", recoveryCodesLeft: 9 });
  });

  it("allows five tries per session, counted before checking, so the sixth fails even when right", async () => {
    const { user, secret } = await enrolledUser();
    const ctx = { userId: user.id, sessionId: await startSession(user.id, origin) };
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => verifySignInSecondFactor(ctx, "111111")));
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof RateLimitedError).length).toBeGreaterThanOrEqual(3);
    const later = Date.now() + STEP_MS;
    await expect(verifySignInSecondFactor(ctx, totpCode(secret, later), later)).rejects.toBeInstanceOf(RateLimitedError);
    expect(await checkSession(user.id, ctx.sessionId)).toMatchObject({ status: "needs_two_factor" });
  });
});

describe("turning two-factor off", () => {
  it("needs a current code or the password", async () => {
    const { user, ctx, secret, enrolledAt } = await enrolledUser();
    await expect(disableTwoFactor(ctx, { password: "wrong" })).rejects.toBeInstanceOf(ValidationError);
    await expect(disableTwoFactor(ctx, { code: totpCode(secret, enrolledAt) })).rejects.toBeInstanceOf(ValidationError);
    await disableTwoFactor(ctx, { password: "the password" });
    expect(await twoFactorStatus(user.id)).toEqual({ state: "off" });
    expect(await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toEqual([]);
  });
});

describe("a workspace that requires two-factor", () => {
  it("can be required only by an owner who has it, and then the owner cannot turn theirs off", async () => {
    const owner = await createOwnerCtx();
    await expect(setWorkspaceRequiresTwoFactor(owner, true)).rejects.toBeInstanceOf(ValidationError);
    expect(await workspaceRequiresTwoFactor(owner)).toBe(false);

    const { user, ctx } = await enrolledUser();
    await db.insert(workspaceMembers).values({ workspaceId: owner.workspaceId, userId: user.id, role: "owner" });
    const enrolledOwner = { userId: user.id, workspaceId: owner.workspaceId, role: "owner" as const };
    await setWorkspaceRequiresTwoFactor(enrolledOwner, true);
    expect(await workspaceRequiresTwoFactor(owner)).toBe(true);
    await expect(disableTwoFactor(ctx, { password: "the password" })).rejects.toBeInstanceOf(ConflictError);
  });
});
