import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { unsubscribe } from "@/lib/services/subscribers/manage";
import { subscriptionManagePath } from "@/lib/services/subscribers/manage-path";

type Params = { params: Promise<{ token: string }> };

const token = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` here and expect
 * no page, only a 2xx. The token is the only credential.
 */
export async function POST(_request: Request, { params }: Params): Promise<Response> {
  const parsed = token.safeParse((await params).token);
  if (!parsed.success) return new Response(null, { status: 404 });
  try {
    await unsubscribe(parsed.data);
    return new Response(null, { status: 200, headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    console.error("[unsubscribe] unexpected error", error);
    return new Response(null, { status: 500 });
  }
}

/** A person following the link (body, Slack) gets the manage page, where unsubscribing is one button. */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const parsed = token.safeParse((await params).token);
  const path = parsed.success ? await subscriptionManagePath(parsed.data) : null;
  if (!path) return new Response("This link is not valid.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return Response.redirect(new URL(path, request.url), 303);
}
