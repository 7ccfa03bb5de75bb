import { z } from "zod";
import { execute } from "../execute";
import { errorReply, problemReply } from "../problem";
import { findRoute } from "../router";
import { operation, type AnyOperation } from "../operation";

export const MAX_BATCH = 500;

const batchInput = z.object({
  operations: z
    .array(
      z.object({
        method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"], { message: "method is GET, POST, PUT, PATCH or DELETE" }),
        path: z.string().regex(/^\/[^#]*$/, "path is an API path such as /checks or /checks/{id}?limit=10"),
        body: z.unknown().optional(),
        ifMatch: z.string().optional(),
      }),
    )
    .min(1, "Send at least one operation")
    .max(MAX_BATCH, `At most ${MAX_BATCH} operations per batch`),
});

const batchReply = z.object({
  results: z.array(z.object({ status: z.number().int(), body: z.unknown().optional(), etag: z.string().optional() })),
});

/**
 * Many operations in one request, one rate-limit hit: 1,000 checks are two requests. Each runs on
 * its own, in order, as if sent alone (its own transaction and audit entry); one failing stops none.
 */
export const batchOperations = [
  operation({
    id: "batch",
    method: "POST",
    path: "/batch",
    tag: "Batch",
    summary: `Run up to ${MAX_BATCH} operations in one request`,
    // Each operation inside checks its own scope: a read-only token may batch its reads.
    scope: "read",
    body: batchInput,
    response: batchReply,
    run: async (ctx, { body }) => {
      const { operations } = await import("../operations");
      const results = [];
      for (const item of body.operations) {
        results.push(await runOne(ctx, item, operations));
      }
      return { results };
    },
  }),
];

async function runOne(ctx: Parameters<AnyOperation["run"]>[0], item: z.infer<typeof batchInput>["operations"][number], operations: AnyOperation[]) {
  const url = new URL(`http://batch${item.path}`);
  const { route } = findRoute(operations, item.method, url.pathname);
  if (!route || route.operation.id === "batch") return { status: 404, body: problemReply(404, `There is no ${item.method} ${url.pathname}`).body };
  try {
    const reply = await execute(ctx, { route, query: url.searchParams, body: item.body, ifMatch: item.ifMatch ?? null, ifNoneMatch: null, url }, operations);
    return { status: reply.status, ...(reply.body === undefined ? {} : { body: reply.body }), ...(reply.headers.etag ? { etag: reply.headers.etag } : {}) };
  } catch (error) {
    const reply = errorReply(error);
    return { status: reply.status, body: reply.body };
  }
}
