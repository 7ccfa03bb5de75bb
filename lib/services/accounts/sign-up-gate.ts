import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { emailVerificationTokens, invitations, users } from "@/db/schema";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { SignupMode } from "@/lib/schemas/instance-settings";
import { signupMode } from "../instance/settings";
import { hashToken, newToken } from "../members/tokens";

/** The e-mail a pending invitation link was sent to, or null for an unknown, used or expired link. */
export async function invitedEmail(token: string | undefined): Promise<string | null> {
  if (!token) return null;
  const [row] = await db
    .select({ email: invitations.email })
    .from(invitations)
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
  return row?.email ?? null;
}

/**
 * The instance admin's sign-up mode: open to anyone, invite-only (the address an invitation link
 * was sent to), or closed. The instance's first account is always allowed, or nobody could set it up.
 */
export async function assertMaySignUp(email: string, invitation: string | undefined, isFirstUser: boolean, mode?: SignupMode): Promise<void> {
  if (isFirstUser) return;
  mode ??= await signupMode();
  if (mode === "open") return;
  if (mode === "closed") throw new ForbiddenError("Sign-up is closed on this instance. Ask its admin to create an account for you.");
  if ((await invitedEmail(invitation)) !== email.toLowerCase()) {
    throw new ForbiddenError("This instance is invite-only. Open the invitation link you received, and sign up with the address it was sent to.");
  }
}

/** What the sign-up page offers before anything is typed: the form, or why there is none. */
export async function signUpOffer(invitedAddress: string | null): Promise<"form" | "closed" | "invite_only"> {
  const [anyone] = await db.select({ id: users.id }).from(users).limit(1);
  if (!anyone) return "form";
  const mode = await signupMode();
  if (mode === "closed") return "closed";
  return mode === "invite_only" && !invitedAddress ? "invite_only" : "form";
}

/**
 * A one-time sign-in token for a user who proved their mailbox by an invitation link: the
 * verify-email provider spends it to sign them in, without a mail round trip.
 */
export async function issueSignInToken(userId: string): Promise<string> {
  const { token, hash } = newToken();
  await db.insert(emailVerificationTokens).values({ userId, tokenHash: hash, expiresAt: new Date(Date.now() + 10 * 60_000) });
  return token;
}
