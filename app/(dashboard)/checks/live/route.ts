import { isRedirectError } from "next/dist/client/components/redirect-error";
import { z } from "zod";
import { requireCtx } from "@/lib/auth/context";
import { UnauthorizedError, ValidationError } from "@/lib/errors";
import { problemResponse } from "@/lib/http/problem";
import { checkLiveStates } from "@/lib/services/checks/list";

const ids = z
  .string()
  .max(4_000)
  .transform((text) => text.split(",").filter(Boolean))
  .pipe(z.array(z.uuid()).max(100));

/** The dashboard's context, or a 401: a poller wants an answer it can read, not a redirect to sign-in. */
async function pollerCtx() {
  try {
    return await requireCtx();
  } catch (error) {
    if (isRedirectError(error)) throw new UnauthorizedError("Sign in again to see live states");
    throw error;
  }
}

/**
 * The states and last runs of the checks a list page shows, polled every few seconds by
 * `_components/use-live-states.ts`: a few small rows instead of re-rendering the whole page.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const ctx = await pollerCtx();
    const parsed = ids.safeParse(new URL(request.url).searchParams.get("ids") ?? "");
    if (!parsed.success) throw new ValidationError("ids: up to 100 check ids, comma-separated");
    const states = await checkLiveStates(ctx, parsed.data);
    return Response.json({ states }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return problemResponse(error, "checks live");
  }
}
