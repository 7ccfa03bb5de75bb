import { NotFoundError } from "@/lib/errors";
import { problemResponse } from "@/lib/http/problem";
import { heartbeatToken } from "@/lib/schemas/heartbeat";
import { recordHeartbeatPing } from "@/lib/services/heartbeats/ping";

type Params = { params: Promise<{ token: string }> };

/**
 * The URL a monitored cron job calls (GET or POST, body ignored) to say it ran. A malformed or
 * unknown token answers the same 404, so the endpoint tells a guesser nothing.
 */
async function ping(_request: Request, { params }: Params): Promise<Response> {
  const token = heartbeatToken.safeParse((await params).token);
  if (!token.success) return problemResponse(new NotFoundError("Heartbeat"), "heartbeat");
  try {
    const outcome = await recordHeartbeatPing(token.data);
    return Response.json({ ok: true, outcome }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return problemResponse(error, "heartbeat");
  }
}

export { ping as GET, ping as POST };
