import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";
import { clientAddressFromHeaders } from "@/lib/net/client-address";
import { authenticateApiToken } from "@/lib/services/api-tokens/authenticate";
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from "@/lib/services/api-tokens/idempotency";
import { countApiRequest, type RateCount } from "@/lib/services/api-tokens/rate";
import type { PersonCtx } from "@/lib/services/context";
import { readJsonBody } from "./body";
import { execute, type Call } from "./execute";
import { operations } from "./operations";
import { ApiProblem, errorReply, toResponse, type ApiReply } from "./problem";
import { findRoute } from "./router";

export const API_BASE = "/api/v1";

function bearerOf(request: Request): string | null {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1]! : null;
}

/** Requests are counted and remembered per token. */
function callerKey(ctx: PersonCtx): string {
  return ctx.actor?.type === "token" ? ctx.actor.tokenId : ctx.userId;
}

function rateHeaders(rate: RateCount | null): Record<string, string> {
  if (!rate) return {};
  return { "ratelimit-limit": String(rate.limit), "ratelimit-remaining": String(rate.remaining), "ratelimit-reset": String(rate.resetSeconds) };
}

/** One API request, start to end: route, token, rate limit, body, idempotency, then the operation. */
export async function handleApiRequest(request: Request): Promise<Response> {
  let rate: RateCount | null = null;
  let reply: ApiReply;
  try {
    const url = new URL(request.url);
    const path = url.pathname.slice(API_BASE.length) || "/";
    const { route, allowed } = findRoute(operations, request.method, path);
    const ctx = await authenticateApiToken(bearerOf(request), clientAddressFromHeaders(request.headers));
    rate = await countApiRequest(callerKey(ctx), env.API_RATE_LIMIT, env.API_RATE_LIMIT_WINDOW_SECONDS);
    if (!rate.allowed) throw new ApiProblem(429, `This token made over ${rate.limit} requests in ${env.API_RATE_LIMIT_WINDOW_SECONDS} seconds`, undefined, { "retry-after": String(Math.max(1, rate.resetSeconds)) });
    if (!route) {
      if (allowed.length > 0) throw new ApiProblem(405, `Use ${allowed.join(", ")} here`, undefined, { allow: allowed.join(", ") });
      throw new ApiProblem(404, "There is no such endpoint; see /api/v1/openapi.json");
    }
    const body = route.operation.body ? await readJsonBody(request) : { value: undefined, text: "" };
    const call: Call = { route, query: url.searchParams, body: body.value, ifMatch: request.headers.get("if-match"), ifNoneMatch: request.headers.get("if-none-match"), url };
    const key = request.headers.get("idempotency-key");
    reply = request.method === "POST" && key ? await idempotent(ctx, key, `${path}\n${body.text}`, () => execute(ctx, call, operations)) : await execute(ctx, call, operations);
  } catch (error) {
    reply = errorReply(error);
  }
  return toResponse({ ...reply, headers: { ...reply.headers, ...rateHeaders(rate) } });
}

/** The first answer to a key is stored; a retry with the same key and body gets it back, nothing runs twice. */
async function idempotent(ctx: PersonCtx, key: string, request: string, run: () => Promise<ApiReply>): Promise<ApiReply> {
  if (key.length > 200) throw new ApiProblem(422, "Idempotency-Key is at most 200 characters", [{ path: "header.Idempotency-Key", message: "At most 200 characters" }]);
  const tokenId = callerKey(ctx);
  const hash = crypto.createHash("sha256").update(request).digest("hex");
  const claim = await claimIdempotencyKey(tokenId, key, hash);
  if (claim.state === "mismatch") throw new ApiProblem(422, "This Idempotency-Key was used for a different request", [{ path: "header.Idempotency-Key", message: "Use a new key for a new request" }]);
  if (claim.state === "running") throw new ApiProblem(409, "A request with this Idempotency-Key is still running; retry shortly");
  if (claim.state === "done") {
    const stored = claim.response as { body: unknown; headers: Record<string, string> };
    return { status: claim.status, body: stored.body, headers: { ...stored.headers, "idempotent-replayed": "true" } };
  }
  let reply: ApiReply;
  try {
    reply = await run();
  } catch (error) {
    reply = errorReply(error);
  }
  // Failures other than validation are not remembered, so a retry after a conflict or outage runs again.
  if (reply.status >= 500 || reply.status === 409 || reply.status === 429) await releaseIdempotencyKey(tokenId, key);
  else await completeIdempotencyKey(tokenId, key, reply.status, { body: reply.body ?? null, headers: reply.headers });
  return reply;
}
