/**
 * Security headers for every answer of the web process, by audience. Pure and free of Node APIs,
 * so proxy.ts (per request, through Next) and the HTML cache front (bin/web.ts) send the same.
 */

/**
 * "app": dashboard, sign-in and everything rendered per request: a nonce CSP.
 * "public": status pages, cached as static HTML, so no nonce can be in them.
 * "embed": badges, the widget script, the public JSON API and feeds, which other sites embed or fetch.
 * "framed": the iframe embed of a status page, a public page that any site may frame.
 */
export type HeaderPolicy = "app" | "public" | "embed" | "framed";

type Options = { nonce?: string; https: boolean; dev?: boolean };

const EMBEDDABLE = /^\/s\/[a-z0-9-]+\/(?:badge\.svg|widget\.js|components\/[^/]+\/badge\.svg|api\/v2\/.+\.json|history\.(?:atom|rss))$/;
const FRAMED = /^\/s\/[a-z0-9-]+(?:\/lang\/[a-z]{2})?\/embed\/?$/;

/** The policy for a path as Next routes it (after a custom domain's rewrite onto /s/<slug>). */
export function policyFor(pathname: string, customDomain: boolean): HeaderPolicy {
  if (EMBEDDABLE.test(pathname)) return "embed";
  if (FRAMED.test(pathname)) return "framed";
  if (customDomain || pathname === "/s" || pathname.startsWith("/s/")) return "public";
  return "app";
}

/** True for the iframe embed as a visitor asks for it: /s/<slug>/embed, or /embed on a custom domain. */
export function isFramedPath(pathname: string): boolean {
  return FRAMED.test(pathname) || pathname === "/embed" || pathname === "/embed/";
}

/** A fresh, unguessable nonce: 128 random bits in base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * True if the visitor reached us over HTTPS. X-Forwarded-Proto is believed from anyone: the only
 * thing it switches is HSTS, and browsers ignore HSTS received over plain HTTP (RFC 6797 §8.1).
 */
export function cameOverHttps(forwardedProto: string | null | undefined, urlProtocol?: string): boolean {
  const first = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return first === "https" || urlProtocol === "https:";
}

// Styles allow 'unsafe-inline': React renders style attributes (bar widths), which no nonce can
// cover, and injected CSS cannot run code. Images may come from anywhere over HTTPS (page logos).
const COMMON = ["default-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob: https:", "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];

export function contentSecurityPolicy(policy: HeaderPolicy, { nonce, dev }: Pick<Options, "nonce" | "dev">): string {
  if (policy === "embed") return "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  const evalInDev = dev ? " 'unsafe-eval'" : "";
  // A status page is the same HTML for every visitor, cached by Next and by bin/web.ts, so its
  // scripts (Next's inline bootstrap, the theme script) cannot carry a nonce: inline scripts stay
  // allowed, foreign scripts and framing do not (but for the embed, made to be framed).
  const scripts = policy === "app" && nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${evalInDev}` : `script-src 'self' 'unsafe-inline'${evalInDev}`;
  return [...COMMON, scripts, policy === "framed" ? "frame-ancestors *" : "frame-ancestors 'none'"].join("; ");
}

/** Response headers for one answer, lowercase so they replace a cached copy's own. */
export function securityHeaders(policy: HeaderPolicy, options: Options): Record<string, string> {
  const headers: Record<string, string> = {
    "content-security-policy": contentSecurityPolicy(policy, options),
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
  };
  if (policy !== "embed" && policy !== "framed") headers["x-frame-options"] = "DENY";
  if (options.https) headers["strict-transport-security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
