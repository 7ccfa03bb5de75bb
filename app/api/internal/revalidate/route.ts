import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { purgeHtmlCache } from "@/lib/cache/html-cache-purge";
import { isRevalidateToken } from "@/lib/cache/revalidate-token";
import { TAG_PATTERN } from "@/lib/status-page/tags";

const body = z.object({ tags: z.array(z.string().regex(TAG_PATTERN)).min(1).max(200) });

/**
 * Called by this process's cache listener (lib/cache/listener.ts) when another process changed a
 * page. `expire: 0` because stale content must not be served: the next visitor gets a fresh render.
 * Next applies the tags once this handler returns; the HTML cache in front is purged after that.
 */
export async function POST(request: Request) {
  if (!isRevalidateToken(request.headers.get("authorization"))) return new Response("unauthorized\n", { status: 401 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "tags: a list of page cache tags" }, { status: 400 });
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  after(purgeHtmlCache);
  return new Response(null, { status: 204 });
}
