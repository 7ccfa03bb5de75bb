import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { signUnlock, unlockCookieName } from "@/lib/status-page/unlock";
import { forgivePageUnlock, takePageUnlockAttempt } from "../limits/attempts";
import { findPagePasswordHash } from "./find";
import { loadPublicPage } from "./snapshot";

/**
 * Checks a visitor's password for a protected page. The attempt is counted before the password is
 * checked, per page and address and per page from all addresses (lib/services/limits/attempts.ts).
 * Returns the cookie to set, or null for a wrong password or an unknown or public page.
 */
export async function unlockPage(slug: string, password: string, ip: string | null): Promise<{ name: string; value: string; expires: Date } | null> {
  const page = await findPagePasswordHash(slug);
  if (!page?.passwordHash) return null;
  await takePageUnlockAttempt(page.id, ip);
  const ok = await verifyPassword(page.passwordHash, password);
  if (!ok) return null;
  await forgivePageUnlock(page.id, ip);
  const publicPage = await loadPublicPage(page.id);
  if (!publicPage?.passwordFingerprint) return null;
  return { name: unlockCookieName(publicPage.slug), ...signUnlock(page.id, publicPage.passwordFingerprint) };
}
