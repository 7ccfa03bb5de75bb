/** Path rewriting for public pages; pure, so the proxy's routing is unit-testable. */

const PAGE_VIEWS = /^\/s\/([a-z0-9-]+)(\/history(?:\/[^/]+)?|\/incidents\/[^/]+)?\/?$/;
// The page views, plus the iframe embed, which speaks the visitor's language too.
const LOCALIZED_VIEWS = /^\/s\/([a-z0-9-]+)(\/history(?:\/[^/]+)?|\/incidents\/[^/]+|\/embed)?\/?$/;

/** A custom domain's path mapped onto its page's routes: "/" is the page, "/api/v2/…" its API. */
export function customDomainPath(slug: string, pathname: string): string {
  const prefix = `/s/${slug}`;
  if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return pathname;
  return pathname === "/" ? prefix : `${prefix}${pathname}`;
}

/**
 * A visitor carrying an unlock cookie for a page is sent to the per-request private view of the
 * same path; everyone else gets the cached public view (which asks a protected page's password).
 */
export function privateViewPath(pathname: string, hasUnlockCookie: (slug: string) => boolean): string | null {
  const match = pathname.match(PAGE_VIEWS);
  if (!match || !hasUnlockCookie(match[1]!)) return null;
  return `/s/${match[1]}/private${match[2] ?? ""}`;
}

/**
 * A public view's cached URL for one visitor locale: /s/acme/history → /s/acme/lang/de/history.
 * Each locale is its own URL, so Next's cache and the HTML cache never give one visitor's language
 * to another; null for everything that is not a page view (API, feeds, badges, the private view).
 */
export function localizedViewPath(pathname: string, locale: string): string | null {
  const match = pathname.match(LOCALIZED_VIEWS);
  if (!match) return null;
  return `/s/${match[1]}/lang/${locale}${match[2] ?? ""}`;
}

const DASHBOARD = /^\/(checks|pages|workspaces|settings|account)(\/|$)/;

export function isDashboardPath(pathname: string): boolean {
  return DASHBOARD.test(pathname);
}
