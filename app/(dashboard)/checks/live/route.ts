import { z } from "zod";
import { requireCtx } from "@/lib/auth/context";
import { checkLiveStates } from "@/lib/services/checks/list";

const ids = z
  .string()
  .max(4_000)
  .transform((text) => text.split(",").filter(Boolean))
  .pipe(z.array(z.uuid()).max(100));

/**
 * The states and last runs of the checks a list page shows, polled every few seconds by
 * `_components/live-checks.tsx`: a few small rows instead of re-rendering the whole page.
 */
export async function GET(request: Request): Promise<Response> {
  const ctx = await requireCtx();
  const parsed = ids.safeParse(new URL(request.url).searchParams.get("ids") ?? "");
  if (!parsed.success) return Response.json({ error: "ids: up to 100 check ids, comma-separated" }, { status: 400, headers: { "cache-control": "no-store" } });
  const states = await checkLiveStates(ctx, parsed.data);
  return Response.json({ at: new Date().toISOString(), states }, { headers: { "cache-control": "no-store" } });
}
