import type { IncomingHttpHeaders } from "node:http";
import { negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { unlockCookieName } from "@/lib/status-page/unlock-name";

/**
 * What the web process's HTML cache (lib/cache/html-cache.ts) may answer and keep. Pure, so the
 * rules that keep a cached copy from reaching the wrong visitor are unit-tested on their own.
 */

/** Marks the cache's own requests to Next, which always pass through. */
export const FILL_HEADER = "x-pingpage-cache-fill";

/** How long a copy is served before it is fetched again, whatever Next allows (tags purge sooner). */
export const MAX_FRESH_MS = 5_000;
/** A page Next served STALE (it is re-rendering it) is fetched again after this, not on every visit. */
export const STALE_RETRY_MS = 1_000;

// A visitor with a page's unlock cookie is routed to its per-request private view (proxy.ts);
// draft mode renders past Next's cache.
const BYPASS_COOKIES = [unlockCookieName(""), "__prerender_bypass"];

type RequestHead = { method?: string; url?: string; headers: IncomingHttpHeaders };

/**
 * A request the cache may answer: its key, and the host, path and locale to refill it from. A
 * public page is shown in the visitor's Accept-Language (proxy.ts), so the locale is in the key.
 */
export type CacheTarget = { key: string; host: string; path: string; locale: Locale };

/**
 * The target of a request whose answer is the same for every visitor, or null when Next must
 * answer it: RSC and router requests (`rsc`, `next-*`, `_rsc`), other methods, credentials,
 * middleware subrequests, and the cookies above.
 */
export function cacheTargetOf(request: RequestHead): CacheTarget | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const { headers, url } = request;
  const host = headers.host?.toLowerCase();
  if (!host || !url?.startsWith("/") || /[?&]_rsc=/.test(url)) return null;
  for (const name of Object.keys(headers)) {
    if (name === "rsc" || name === "authorization" || name === FILL_HEADER || name.startsWith("next-") || name.startsWith("x-middleware-") || name.startsWith("x-nextjs-")) return null;
  }
  const cookie = headers.cookie;
  if (cookie && BYPASS_COOKIES.some((name) => cookie.includes(name))) return null;
  const acceptLanguage = headers["accept-language"];
  const locale = negotiateLocale(Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage);
  return { key: `${locale} ${host}${url}`, host, path: url, locale };
}

type ResponseHead = { status: number; headers: IncomingHttpHeaders };

/**
 * How long Next's answer may be served from the cache, or null if it must not be kept: only a
 * 200 HTML page that Next itself served from or into its full-route cache (`x-nextjs-cache`),
 * sets no cookie and allows shared caching (`s-maxage` above 0).
 */
export function freshForMs({ status, headers }: ResponseHead): number | null {
  if (status !== 200 || !headers["content-type"]?.startsWith("text/html")) return null;
  const nextCache = headers["x-nextjs-cache"];
  if (typeof nextCache !== "string" || headers["set-cookie"] !== undefined) return null;
  const cacheControl = headers["cache-control"] ?? "";
  if (/\b(private|no-store|no-cache)\b/.test(cacheControl)) return null;
  const sMaxAgeMs = Number(cacheControl.match(/\bs-maxage=(\d+)/)?.[1] ?? 0) * 1000;
  if (sMaxAgeMs <= 0) return null;
  return Math.min(sMaxAgeMs, nextCache === "STALE" ? STALE_RETRY_MS : MAX_FRESH_MS);
}

/** True if the client takes gzip (RFC 9110 Accept-Encoding, `q=0` refuses). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let wildcard = false;
  for (const part of header.toLowerCase().split(",")) {
    const [coding, ...params] = part.split(";").map((s) => s.trim());
    const q = params.find((p) => p.startsWith("q="));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (coding === "gzip") return accepted;
    if (coding === "*") wildcard = accepted;
  }
  return wildcard;
}
