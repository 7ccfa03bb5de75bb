/** Where to send a user when a link names no safe target. */
export const DEFAULT_AFTER_SIGN_IN = "/checks";

/**
 * A redirect target from outside (callbackUrl, ?next=) as a path on this site, or the fallback.
 * The browser is the judge of where a string leads, so the string is parsed the way a browser
 * parses it (`/\t/evil.com` and `/\evil.com` both lead to evil.com) and only a same-origin
 * result is kept, re-serialised, so what is returned is exactly what was checked.
 */
export function safeRedirectPath(raw: unknown, origin: string, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return fallback;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (target.origin !== base.origin) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // A path like "/.//evil.com" normalises to "//evil.com", which a browser reads as another host.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
