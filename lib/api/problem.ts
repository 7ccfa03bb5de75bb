import { z } from "zod";
import { AppError } from "@/lib/errors";

/** RFC 9457 problem details; `errors` lists each invalid field for a 422. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof problemSchema>;
export type FieldError = { path: string; message: string };

const titles: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  412: "Precondition failed",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  429: "Too many requests",
  500: "Internal server error",
};

/** A status the API answers with, as an error a handler throws anywhere in the pipeline. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

/** What the API answers, before it becomes a Response (a batch collects several). */
export type ApiReply = { status: number; body: unknown; headers: Record<string, string> };

export function problemReply(status: number, detail: string, errors?: FieldError[], headers: Record<string, string> = {}): ApiReply {
  const body: Problem = { type: `https://pingpage.dev/problems/${status}`, title: titles[status] ?? "Error", status, detail, ...(errors ? { errors } : {}) };
  return { status, body, headers: { "content-type": "application/problem+json", ...headers } };
}

export function toResponse(reply: ApiReply): Response {
  const empty = reply.status === 204 || reply.status === 304 || reply.body === undefined;
  const headers = empty ? reply.headers : { "content-type": "application/json", ...reply.headers };
  return new Response(empty ? null : JSON.stringify(reply.body), { status: reply.status, headers });
}

const statusOfCode: Record<AppError["code"], number> = {
  not_found: 404,
  forbidden: 403,
  validation: 422,
  conflict: 409,
  unauthorized: 401,
  rate_limited: 429,
};

export function zodErrors(error: z.ZodError, prefix: string[] = []): FieldError[] {
  return error.issues.map((issue) => ({ path: [...prefix, ...issue.path.map(String)].join(".") || "(body)", message: issue.message }));
}

function fieldErrors(fields: Record<string, string[]>): FieldError[] {
  return Object.entries(fields).flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
}

/** The one place errors become HTTP: known errors say what went wrong; anything else is logged, not sent. */
export function errorReply(error: unknown): ApiReply {
  if (error instanceof ApiProblem) return problemReply(error.status, error.message, error.errors, error.headers);
  if (error instanceof z.ZodError) return problemReply(422, "The request has invalid fields", zodErrors(error));
  if (error instanceof AppError) {
    const status = statusOfCode[error.code];
    const errors = fieldErrors(error.fieldErrors);
    return problemReply(status, error.message, status === 422 || errors.length > 0 ? errors : undefined);
  }
  console.error("[api] unexpected error", error);
  return problemReply(500, "Something went wrong on our side; the request may be retried");
}
