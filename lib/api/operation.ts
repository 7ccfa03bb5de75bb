import { z } from "zod";
import type { PersonCtx } from "@/lib/services/context";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

type Input<P, Q, B> = { params: P; query: Q; body: B };

/**
 * One API operation: its path, the zod schemas of what it takes and returns (the OpenAPI document
 * is generated from them), and a thin `run` that calls one service.
 */
export type Operation<P = unknown, Q = unknown, B = unknown, R = unknown> = {
  id: string;
  method: Method;
  /** OpenAPI path under /api/v1, e.g. `/checks/{checkId}`. */
  path: string;
  tag: string;
  summary: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Omitted for 204 No Content. */
  response?: z.ZodType;
  status?: 200 | 201 | 204;
  /** The scope it needs: reads need "read", anything else "write" unless it says otherwise. */
  scope?: "read" | "write";
  /** Lists answer `{ items, nextCursor }` and a Link header. */
  paginated?: boolean;
  run: (ctx: PersonCtx, input: Input<P, Q, B>) => Promise<R>;
};

export type AnyOperation = Operation<any, any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function operation<P = Record<string, never>, Q = Record<string, never>, B = undefined, R = unknown>(definition: Operation<P, Q, B, R>): AnyOperation {
  return definition as AnyOperation;
}

/** A page of a list: at most `limit` items, and the cursor of the next page when there is one. */
export const pageQuery = z.object({
  limit: z.coerce.number().int("limit is a whole number").min(1, "limit is at least 1").max(100, "limit is at most 100").default(50),
  cursor: z.string().max(200).optional(),
});
export type PageQuery = z.infer<typeof pageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export type Page<T> = { items: T[]; nextCursor: string | null };

/** RFC 3339 UTC, as every timestamp the API sends. */
export const timestamp = z.iso.datetime();
export const uuidParam = (message: string) => z.string().uuid(message);
