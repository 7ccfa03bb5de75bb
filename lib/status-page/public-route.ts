import "server-only";
import { cookies } from "next/headers";
import { slug as slugSchema } from "@/lib/schemas/page";
import { cachedPageIdBySlug, cachedSnapshot } from "@/lib/services/status-page/cached";
import { hostnameOf } from "@/lib/routing/custom-domain";
import type { PageSnapshot } from "./types";
import { unlockCookieName, verifyUnlock } from "./unlock";

export const CUSTOM_DOMAIN_HEADER = "x-pingpage-custom-domain";

type Params = { params: Promise<{ slug: string }> };
export type PublicRequest = { snapshot: PageSnapshot; pageUrl: string; request: Request; locked: false };

/** Anyone may read a public page's feeds and API from any origin (Statuspage widgets do). */
export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, HEAD, OPTIONS",
  "access-control-allow-headers": "*",
  "access-control-max-age": "86400",
};

export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** The page's public address: its custom domain's root when the request came in on one. */
function pageUrlOf(request: Request, slug: string): string {
  const url = new URL(request.url);
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  const host = request.headers.get("host") ?? url.host;
  // Set by proxy.ts when it rewrote a custom domain's request; at worst a forged one changes a URL in the answer.
  const onCustomDomain = request.headers.get(CUSTOM_DOMAIN_HEADER) === "1" && hostnameOf(host) !== null;
  return onCustomDomain ? `${proto}://${host}` : `${proto}://${host}/s/${slug}`;
}

/**
 * A route handler under /s/<slug> that answers from the page's cached snapshot: 404 for an unknown
 * page, 401 for a protected page without a valid unlock cookie, CORS headers on every answer.
 */
export function publicPageRoute(render: (ctx: PublicRequest) => Response | Promise<Response>) {
  return async (request: Request, { params }: Params): Promise<Response> => {
    const slug = slugSchema.safeParse((await params).slug);
    const pageId = slug.success ? await cachedPageIdBySlug(slug.data) : null;
    const snapshot = pageId ? await cachedSnapshot(pageId) : null;
    if (!snapshot) return Response.json({ error: "Status page not found" }, { status: 404, headers: CORS_HEADERS });
    const { page } = snapshot;
    if (page.passwordFingerprint) {
      const cookie = (await cookies()).get(unlockCookieName(page.slug))?.value;
      if (!verifyUnlock(cookie, page.id, page.passwordFingerprint)) {
        return Response.json({ error: "This status page is password protected" }, { status: 401, headers: CORS_HEADERS });
      }
    }
    const response = await render({ snapshot, pageUrl: pageUrlOf(request, page.slug), request, locked: false });
    for (const [key, value] of Object.entries(CORS_HEADERS)) response.headers.set(key, value);
    response.headers.set("cache-control", page.passwordFingerprint ? "private, no-store" : "public, max-age=10");
    return response;
  };
}
