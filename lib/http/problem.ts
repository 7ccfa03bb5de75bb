import { AppError } from "@/lib/errors";

const statusOf: Record<AppError["code"], number> = {
  not_found: 404,
  forbidden: 403,
  validation: 422,
  conflict: 409,
  unauthorized: 401,
  rate_limited: 429,
};

/** An RFC 9457 problem response for API route handlers; unknown errors are logged, never echoed. */
export function problemResponse(error: unknown, context: string): Response {
  const headers = { "content-type": "application/problem+json", "cache-control": "no-store" };
  if (error instanceof AppError) {
    const status = statusOf[error.code];
    return new Response(JSON.stringify({ type: "about:blank", title: error.message, status, code: error.code }), { status, headers });
  }
  console.error(`[${context}] unexpected error`, error);
  return new Response(JSON.stringify({ type: "about:blank", title: "Internal server error", status: 500 }), { status: 500, headers });
}
