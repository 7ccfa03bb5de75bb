import crypto from "node:crypto";
import { assertScope, type PersonCtx } from "@/lib/services/context";
import { ApiProblem, zodErrors, type ApiReply } from "./problem";
import type { AnyOperation, Page } from "./operation";
import { unknownFields } from "./unknown-fields";
import type { Route } from "./router";

export type Call = { route: Route; query: URLSearchParams; body: unknown; ifMatch: string | null; ifNoneMatch: string | null; url: URL };

export function etagOf(body: unknown): string {
  return `"${crypto.createHash("sha256").update(JSON.stringify(body)).digest("base64url").slice(0, 27)}"`;
}

function parseParams(operation: AnyOperation, params: Record<string, string>): unknown {
  if (!operation.params) return {};
  const parsed = operation.params.safeParse(params);
  // A malformed id is an id that does not exist here: the same 404 as another workspace's.
  if (!parsed.success) throw new ApiProblem(404, parsed.error.issues[0]?.message ?? "Not found");
  return parsed.data;
}

function parseQuery(operation: AnyOperation, query: URLSearchParams): unknown {
  if (!operation.query) return {};
  const parsed = operation.query.safeParse(Object.fromEntries(query));
  if (!parsed.success) throw new ApiProblem(422, "The query string has invalid parameters", zodErrors(parsed.error, ["query"]));
  return parsed.data;
}

function parseBody(operation: AnyOperation, body: unknown): unknown {
  if (!operation.body) return undefined;
  const unknown = unknownFields(operation.body, body);
  const parsed = operation.body.safeParse(body);
  const errors = [...unknown, ...(parsed.success ? [] : zodErrors(parsed.error))];
  if (errors.length > 0 || !parsed.success) throw new ApiProblem(422, "The body has invalid fields", errors);
  return parsed.data;
}

/** Runs one operation for an authenticated caller: scope, input, preconditions, then its service. */
export async function execute(ctx: PersonCtx, call: Call, operations: AnyOperation[]): Promise<ApiReply> {
  const { operation, params: rawParams } = call.route;
  assertScope(ctx, operation.scope ?? (operation.method === "GET" ? "read" : "write"));
  const params = parseParams(operation, rawParams);
  const query = parseQuery(operation, call.query);
  const body = parseBody(operation, call.body);
  if (call.ifMatch && operation.method !== "GET" && operation.method !== "POST") await assertMatches(ctx, call, params, operations);
  const result = await operation.run(ctx, { params, query, body });
  if (operation.status === 204) return { status: 204, body: undefined, headers: {} };
  const headers: Record<string, string> = {};
  if (operation.paginated) {
    const next = (result as Page<unknown>).nextCursor;
    if (next) {
      const url = new URL(call.url);
      url.searchParams.set("cursor", next);
      headers.link = `<${url.pathname}${url.search}>; rel="next"`;
    }
  }
  if (operation.method === "GET" || operation.method === "PUT" || operation.method === "PATCH") {
    headers.etag = etagOf(result);
    if (operation.method === "GET" && call.ifNoneMatch === headers.etag) return { status: 304, body: undefined, headers };
  }
  return { status: operation.status ?? 200, body: result, headers };
}

/** If-Match compares with the resource as GET shows it now; a mismatch means someone changed it since. */
async function assertMatches(ctx: PersonCtx, call: Call, params: unknown, operations: AnyOperation[]): Promise<void> {
  const read = operations.find((candidate) => candidate.method === "GET" && candidate.path === call.route.operation.path);
  if (!read) return;
  const current = await read.run(ctx, { params, query: {}, body: undefined });
  const wanted = call.ifMatch!.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  if (!wanted.includes("*") && !wanted.includes(etagOf(current))) {
    throw new ApiProblem(412, "The resource changed since you read it; read it again and retry with its new ETag");
  }
}
