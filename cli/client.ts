import { z } from "zod";

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;
export type BatchOperation = { method: "GET" | "POST" | "PUT" | "DELETE"; path: string; body?: unknown };
export type BatchResult = { status: number; body?: unknown };

/** The server's own batch limit (lib/api/resources/batch.ts). */
const BATCH_SIZE = 500;
const problem = z.looseObject({ title: z.string().optional(), detail: z.string().optional(), errors: z.array(z.object({ path: z.string(), message: z.string() })).optional() });
const page = z.object({ items: z.array(z.unknown()), nextCursor: z.string().nullable() });
const batchReply = z.object({ results: z.array(z.object({ status: z.number(), body: z.unknown().optional() })) });

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Why a request failed, from its problem+json: the detail and each field's message. */
export function problemMessage(status: number, body: unknown): string {
  const parsed = problem.safeParse(body);
  if (!parsed.success) return `HTTP ${status}`;
  const fields = (parsed.data.errors ?? []).map((error) => `${error.path}: ${error.message}`);
  return [parsed.data.detail ?? parsed.data.title ?? `HTTP ${status}`, ...fields].join("; ");
}

/** Talks to a Pingpage server through /api/v1 only, so it works against any install, local or hosted. */
export class PingpageClient {
  constructor(
    readonly url: string,
    private readonly token: string,
    private readonly fetcher: Fetch = fetch,
  ) {}

  async request(method: string, path: string, body?: unknown): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const response = await this.fetcher(`${this.url.replace(/\/+$/, "")}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${this.token}`, accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      const parsed: unknown = text ? safeJson(text) : null;
      // The rate limit says when to come back; waiting beats failing half-way through an apply.
      if (response.status === 429 && attempt < 5) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(60, Number(response.headers.get("retry-after") ?? 1)) * 1000));
        continue;
      }
      if (!response.ok) throw new ApiError(response.status, problemMessage(response.status, parsed));
      return parsed;
    }
  }

  /** Every item of a paginated list, following its cursors at the largest page size. */
  async list(path: string): Promise<unknown[]> {
    const items: unknown[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const reply = page.parse(await this.request("GET", `${path}${query}`));
      items.push(...reply.items);
      cursor = reply.nextCursor;
    } while (cursor);
    return items;
  }

  /** Many operations in as few requests as the server allows; each result in the order sent. */
  async batch(operations: BatchOperation[]): Promise<BatchResult[]> {
    const results: BatchResult[] = [];
    for (let start = 0; start < operations.length; start += BATCH_SIZE) {
      const reply = batchReply.parse(await this.request("POST", "/batch", { operations: operations.slice(start, start + BATCH_SIZE) }));
      results.push(...reply.results);
    }
    return results;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
