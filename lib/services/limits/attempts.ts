import "server-only";
import { env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import { describeWait, refundAttempt, resetAttempts, takeAttempt, type Limit } from "./rate-limit";

const FIFTEEN_MINUTES = 15 * 60;
const HOUR = 60 * 60;

/** A password guess at an account: 5 per account from all addresses, 30 per address over all accounts. */
function signInLimits(email: string, ip: string | null): Limit[] {
  const limits: Limit[] = [{ key: `sign-in:account:${email.toLowerCase()}`, max: 5, windowSeconds: FIFTEEN_MINUTES }];
  if (ip) limits.push({ key: `sign-in:address:${ip}`, max: 30, windowSeconds: FIFTEEN_MINUTES });
  return limits;
}

/** A password guess at a protected page: 10 per page from one address, 50 per page from all of them. */
function pageUnlockLimits(pageId: string, ip: string | null): Limit[] {
  const limits: Limit[] = [{ key: `page-unlock:page:${pageId}`, max: 50, windowSeconds: FIFTEEN_MINUTES }];
  if (ip) limits.push({ key: `page-unlock:page-address:${pageId}:${ip}`, max: 10, windowSeconds: FIFTEEN_MINUTES });
  return limits;
}

async function take(limits: Limit[], message: (wait: string) => string): Promise<void> {
  const attempt = await takeAttempt(limits);
  if (!attempt.allowed) throw new RateLimitedError(message(describeWait(attempt.retryAfterSeconds)));
}

/** Counts a sign-in attempt before the password is checked; throws RateLimitedError past a limit. */
export async function takeSignInAttempt(email: string, ip: string | null): Promise<void> {
  await take(signInLimits(email, ip), (wait) => `Too many failed sign-in attempts. Try again in ${wait}, or reset your password.`);
}

/**
 * A right password: the account's failures are forgotten and this attempt is given back to the
 * address (only given back: signing in to one's own account must not wipe an address's guesses).
 */
export async function forgiveSignIn(email: string, ip: string | null): Promise<void> {
  const [account, ...address] = signInLimits(email, ip).map((l) => l.key);
  await resetAttempts([account!]);
  await refundAttempt(address);
}

/**
 * Lifts a sign-in lockout: password reset calls this, so a user locked out by someone guessing
 * their password can still get in.
 */
export async function clearSignInLockout(email: string): Promise<void> {
  await resetAttempts([`sign-in:account:${email.toLowerCase()}`]);
}

export async function takePageUnlockAttempt(pageId: string, ip: string | null): Promise<void> {
  await take(pageUnlockLimits(pageId, ip), (wait) => `Too many wrong passwords. Try again in ${wait}.`);
}

/** A right page password: this address's failures are forgotten, and its attempt given back to the page. */
export async function forgivePageUnlock(pageId: string, ip: string | null): Promise<void> {
  const [page, ...address] = pageUnlockLimits(pageId, ip).map((l) => l.key);
  await resetAttempts(address);
  await refundAttempt([page!]);
}

/** Sign-ups from one address per hour (QUOTA_SIGNUPS_PER_HOUR). */
export async function takeSignUpAttempt(ip: string | null): Promise<void> {
  if (!ip) return;
  await take([{ key: `sign-up:address:${ip}`, max: env.QUOTA_SIGNUPS_PER_HOUR, windowSeconds: HOUR }], (wait) => `Too many sign-ups from your network. Try again in ${wait}.`);
}

/** Invitations per hour, per workspace and per inviting member. */
export async function takeInvitationAttempt(workspaceId: string, inviterId: string): Promise<void> {
  await take(
    [
      { key: `invitation:workspace:${workspaceId}`, max: env.QUOTA_INVITATIONS_PER_HOUR, windowSeconds: HOUR },
      { key: `invitation:inviter:${inviterId}`, max: env.QUOTA_INVITATIONS_PER_INVITER_PER_HOUR, windowSeconds: HOUR },
    ],
    (wait) => `Too many invitations sent recently. Try again in ${wait}.`,
  );
}
