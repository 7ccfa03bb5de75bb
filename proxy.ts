import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { cameOverHttps, newNonce, policyFor, securityHeaders } from "@/lib/http/security-headers";
import { hostnameOf, pageForHost } from "@/lib/routing/custom-domain";
import { negotiateLocale } from "@/lib/i18n/locales";
import { customDomainPath, isDashboardPath, localizedViewPath, privateViewPath } from "@/lib/routing/status-routes";
import { unlockCookieName } from "@/lib/status-page/unlock-name";

/**
 * 1. A verified custom domain serves its page at the root (and nothing else of the app).
 * 2. A visitor with a page's unlock cookie gets the per-request view of a protected page; any
 *    other visitor of a page view gets the cached view in their Accept-Language's locale.
 * 3. Visitors without a session go to sign-in before any dashboard page renders.
 * Every answer carries the security headers of its audience (lib/http/security-headers.ts).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hostname = hostnameOf(request.headers.get("host"));
  const custom = hostname ? await pageForHost(hostname) : null;
  const hasUnlock = (slug: string) => request.cookies.has(unlockCookieName(slug));
  const https = cameOverHttps(request.headers.get("x-forwarded-proto"), request.nextUrl.protocol);
  const dev = env.NODE_ENV === "development";
  const locale = negotiateLocale(request.headers.get("accept-language"));
  // A page view's answer depends on Accept-Language; shared caches downstream must know (Next appends its own Vary).
  const localized = (path: string) => {
    const target = localizedViewPath(path, locale);
    return target ? { target, headers: { vary: "Accept-Language" } } : null;
  };

  if (custom) {
    const mapped = customDomainPath(custom.slug, pathname);
    const unlocked = privateViewPath(mapped, hasUnlock);
    const view = unlocked ? null : localized(mapped);
    const headers = new Headers(request.headers);
    headers.set("x-pingpage-custom-domain", "1");
    const response = NextResponse.rewrite(new URL(`${unlocked ?? view?.target ?? mapped}${search}`, request.url), { request: { headers } });
    return withHeaders(response, { ...securityHeaders(policyFor(mapped, true), { https, dev }), ...view?.headers });
  }
  const unlocked = privateViewPath(pathname, hasUnlock);
  if (unlocked) return withHeaders(NextResponse.rewrite(new URL(`${unlocked}${search}`, request.url)), securityHeaders("public", { https, dev }));
  const view = localized(pathname);
  if (view) return withHeaders(NextResponse.rewrite(new URL(`${view.target}${search}`, request.url)), { ...securityHeaders(policyFor(pathname, false), { https, dev }), ...view.headers });

  const policy = policyFor(pathname, false);
  if (policy !== "app") return withHeaders(NextResponse.next(), securityHeaders(policy, { https, dev }));

  // Next reads the nonce from the request's Content-Security-Policy and puts it on its scripts.
  const headers = securityHeaders("app", { nonce: newNonce(), https, dev });
  if (isDashboardPath(pathname) && !(await getToken({ req: request }))) {
    // On the host the browser opened: request.url names the host Next listens as (localhost), and a
    // session cookie set on 127.0.0.1 is not sent to localhost (issue 14, defect 2). Next refuses a
    // relative Location from a proxy, so the Host header supplies the origin.
    const origin = `${request.nextUrl.protocol}//${request.headers.get("host") ?? request.nextUrl.host}`;
    const location = new URL(`/signin?${new URLSearchParams({ callbackUrl: pathname + search })}`, origin);
    return withHeaders(NextResponse.redirect(location, 307), headers);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["content-security-policy"]!);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but build assets: any path can arrive on a custom domain.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
