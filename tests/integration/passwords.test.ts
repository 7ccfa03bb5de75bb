import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emails, passwordResetTokens, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import { hashToken } from "@/lib/services/members/tokens";
import { changePassword } from "@/lib/services/passwords/change";
import { completePasswordReset, isResetTokenUsable, requestPasswordReset } from "@/lib/services/passwords/reset";
import { checkSession } from "@/lib/services/sessions/check";
import { startSession } from "@/lib/services/sessions/start";
import { verifySignIn } from "@/lib/services/users";
import { createUser, uniqueEmail } from "../support/factories";

const origin = { userAgent: "vitest", ip: null };
const BASE = "http://pingpage.test";

async function userWithPassword(password = "old password") {
  return createUser({ email: uniqueEmail("pw"), passwordHash: await hashPassword(password) });
}

/** The token from the newest reset mail to `to`, as the user would click it. */
async function mailedToken(to: string): Promise<string> {
  const rows = await db.select().from(emails).where(and(eq(emails.toAddress, to), eq(emails.kind, "password_reset")));
  const last = rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).at(-1);
  const match = last?.text.match(/\/reset-password\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no reset mail to ${to}`);
  return match[1]!;
}

describe("password change", () => {
  it("needs the current password, then signs out every other session and keeps this one", async () => {
    const user = await userWithPassword();
    const here = await startSession(user.id, origin);
    const other = await startSession(user.id, origin);

    await expect(changePassword({ userId: user.id, sessionId: here }, { currentPassword: "wrong", newPassword: "new password" })).rejects.toBeInstanceOf(ValidationError);
    expect(await checkSession(user.id, other)).toMatchObject({ status: "active" });

    expect(await changePassword({ userId: user.id, sessionId: here }, { currentPassword: "old password", newPassword: "new password" })).toEqual({ signedOut: 1 });
    expect(await checkSession(user.id, here)).toMatchObject({ status: "active" });
    expect(await checkSession(user.id, other)).toEqual({ status: "signed_out" });
    expect(await verifySignIn({ email: user.email, password: "new password" }, null)).toMatchObject({ id: user.id });
  });

  it("stops guessing the current password after five tries from one session", async () => {
    const user = await userWithPassword();
    const ctx = { userId: user.id, sessionId: await startSession(user.id, origin) };
    for (let i = 0; i < 5; i++) await expect(changePassword(ctx, { currentPassword: `guess ${i}`, newPassword: "new password" })).rejects.toBeInstanceOf(ValidationError);
    await expect(changePassword(ctx, { currentPassword: "old password", newPassword: "new password" })).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe("password reset", () => {
  it("mails a link whose token is stored only hashed, and answers the same for an unknown address", async () => {
    const user = await userWithPassword();
    await requestPasswordReset({ email: user.email }, BASE);
    const token = await mailedToken(user.email);
    const [row] = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(row?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeGreaterThan(59 * 60_000);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeLessThanOrEqual(60 * 60_000 + 1000);

    const nobody = uniqueEmail("nobody");
    await expect(requestPasswordReset({ email: nobody }, BASE)).resolves.toBeUndefined();
    expect(await db.select().from(emails).where(eq(emails.toAddress, nobody))).toEqual([]);
  });

  it("sets the new password, signs out every session, and works only once", async () => {
    const user = await userWithPassword();
    const a = await startSession(user.id, origin);
    const b = await startSession(user.id, origin);
    await requestPasswordReset({ email: user.email }, BASE);
    const token = await mailedToken(user.email);

    await completePasswordReset({ token, password: "brand new password" });
    expect(await checkSession(user.id, a)).toEqual({ status: "signed_out" });
    expect(await checkSession(user.id, b)).toEqual({ status: "signed_out" });
    expect(await verifySignIn({ email: user.email, password: "brand new password" }, null)).toMatchObject({ id: user.id });

    expect(await isResetTokenUsable(token)).toBe(false);
    await expect(completePasswordReset({ token, password: "attacker password" })).rejects.toBeInstanceOf(ValidationError);
    expect(await verifySignIn({ email: user.email, password: "attacker password" }, null)).toBeNull();
  });

  it("refuses an expired link, and an older link once a newer one was used", async () => {
    const user = await userWithPassword();
    await requestPasswordReset({ email: user.email }, BASE, new Date(Date.now() - 61 * 60_000));
    const expired = await mailedToken(user.email);
    expect(await isResetTokenUsable(expired)).toBe(false);
    await expect(completePasswordReset({ token: expired, password: "new password 1" })).rejects.toBeInstanceOf(ValidationError);

    await db.delete(emails).where(eq(emails.toAddress, user.email));
    await requestPasswordReset({ email: user.email }, BASE);
    const older = await mailedToken(user.email);
    await db.delete(emails).where(eq(emails.toAddress, user.email));
    await requestPasswordReset({ email: user.email }, BASE);
    const newer = await mailedToken(user.email);
    await completePasswordReset({ token: newer, password: "new password 2" });
    await expect(completePasswordReset({ token: older, password: "new password 3" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("lets a locked-out user back in, and gives an OAuth-only account its first password", async () => {
    const user = await userWithPassword("the password");
    for (let i = 0; i < 5; i++) await verifySignIn({ email: user.email, password: `guess ${i}` }, null);
    await expect(verifySignIn({ email: user.email, password: "the password" }, null)).rejects.toBeInstanceOf(RateLimitedError);
    await requestPasswordReset({ email: user.email }, BASE);
    await completePasswordReset({ token: await mailedToken(user.email), password: "after the lockout" });
    expect(await verifySignIn({ email: user.email, password: "after the lockout" }, null)).toMatchObject({ id: user.id });

    const oauthOnly = await createUser({ email: uniqueEmail("oauth") });
    await requestPasswordReset({ email: oauthOnly.email }, BASE);
    await completePasswordReset({ token: await mailedToken(oauthOnly.email), password: "first password" });
    const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, oauthOnly.id));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("sends at most five links an hour to one account", async () => {
    const user = await userWithPassword();
    for (let i = 0; i < 7; i++) await requestPasswordReset({ email: user.email }, BASE);
    expect(await db.select().from(emails).where(eq(emails.toAddress, user.email))).toHaveLength(5);
  });
});
