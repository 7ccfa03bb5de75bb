import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { hostnameOf, pageForHost } from "@/lib/routing/custom-domain";
import { customDomainPath, isDashboardPath, privateViewPath } from "@/lib/routing/status-routes";
import { unlockCookieName } from "@/lib/status-page/unlock-name";

/**
 * 1. A verified custom domain serves its page at the root (and nothing else of the app).
 * 2. A visitor with a page's unlock cookie gets the per-request view of a protected page.
 * 3. Visitors without a session go to sign-in before any dashboard page renders.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hostname = hostnameOf(request.headers.get("host"));
  const custom = hostname ? await pageForHost(hostname) : null;
  const hasUnlock = (slug: string) => request.cookies.has(unlockCookieName(slug));

  if (custom) {
    const mapped = customDomainPath(custom.slug, pathname);
    const target = privateViewPath(mapped, hasUnlock) ?? mapped;
    const headers = new Headers(request.headers);
    headers.set("x-pingpage-custom-domain", "1");
    return NextResponse.rewrite(new URL(`${target}${search}`, request.url), { request: { headers } });
  }
  const unlocked = privateViewPath(pathname, hasUnlock);
  if (unlocked) return NextResponse.rewrite(new URL(`${unlocked}${search}`, request.url));
  if (!isDashboardPath(pathname)) return NextResponse.next();

  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const url = new URL("/signin", request.url);
  url.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but build assets: any path can arrive on a custom domain.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
