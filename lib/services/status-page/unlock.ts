import "server-only";
import { and, count, eq, gt } from "drizzle-orm";
import { signInAttempts } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { signUnlock, unlockCookieName } from "@/lib/status-page/unlock";
import { findPagePasswordHash } from "./find";
import { loadPublicPage } from "./snapshot";

const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_IP = 10;

/**
 * Checks a visitor's password for a protected page. Attempts are recorded with the sign-in attempts
 * (keyed "page-unlock:<page id>"), and ten failures from one address within 15 minutes lock it out.
 * Returns the cookie to set, or null for a wrong password or an unknown or public page.
 */
export async function unlockPage(slug: string, password: string, ip: string | null): Promise<{ name: string; value: string; expires: Date } | null> {
  const page = await findPagePasswordHash(slug);
  if (!page?.passwordHash) return null;
  const key = `page-unlock:${page.id}`;
  if (ip) {
    const [failures] = await db
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.email, key), eq(signInAttempts.ip, ip), eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, new Date(Date.now() - WINDOW_MS))));
    if ((failures?.n ?? 0) >= MAX_FAILURES_PER_IP) throw new RateLimitedError("Too many wrong passwords. Try again in 15 minutes.");
  }
  const ok = await verifyPassword(page.passwordHash, password);
  await db.insert(signInAttempts).values({ email: key, ip, succeeded: ok });
  const publicPage = ok ? await loadPublicPage(page.id) : null;
  if (!publicPage?.passwordFingerprint) return null;
  return { name: unlockCookieName(publicPage.slug), ...signUnlock(page.id, publicPage.passwordFingerprint) };
}
