import { cookies, headers } from "next/headers";
import { AppError } from "@/lib/errors";
import { clientAddressFromHeaders } from "@/lib/net/client-address";
import { slug as slugSchema } from "@/lib/schemas/page";
import { subscribeRequest } from "@/lib/schemas/subscriber";
import { subscribe } from "@/lib/services/subscribers/subscribe";
import { unlockCookieName, verifyUnlock } from "@/lib/status-page/unlock";
import { subscribeErrorOf, zodSubscribeError } from "@/lib/status-page/subscribe-errors";

type Params = { params: Promise<{ slug: string }> };

/**
 * The Subscribe control's POST (JSON). The public page is cached HTML, so the control is a client
 * component posting here. Answers `{ ok, channel }` or `{ error, detail? }`, where `error` is a
 * code the control shows in the page's language; never whether the address was known.
 */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) return Response.json({ error: "not_found" }, { status: 404 });
  const body: unknown = await request.json().catch(() => null);
  const parsed = subscribeRequest.safeParse(body);
  if (!parsed.success) return Response.json(zodSubscribeError(parsed.error, body), { status: 400 });
  const jar = await cookies();
  const unlockCookie = jar.get(unlockCookieName(slug.data))?.value;
  try {
    const outcome = await subscribe(slug.data, parsed.data, {
      ip: clientAddressFromHeaders(await headers()),
      unlocked: (pageId, fingerprint) => verifyUnlock(unlockCookie, pageId, fingerprint),
    });
    return Response.json({ ok: true, channel: outcome.channel }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (!(error instanceof AppError)) console.error("[subscribe] unexpected error", error);
    const answer = subscribeErrorOf(error);
    return Response.json(answer.body, { status: answer.status, headers: { "cache-control": "no-store" } });
  }
}
