import { z } from "zod";
import { ApiProblem } from "./problem";

/** Keyset cursors: the sort value and id of the last item sent, opaque to clients. */
const position = z.object({ at: z.string().max(100), id: z.string().max(100) });
export type Position = z.infer<typeof position>;

export function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify({ at, id })).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): Position | null {
  if (!cursor) return null;
  try {
    return position.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new ApiProblem(422, "The cursor is not one this API gave out", [{ path: "query.cursor", message: "Use nextCursor from the previous page" }]);
  }
}

/** Cuts one extra row fetched to know whether a next page exists. */
export function pageFrom<T>(rows: T[], limit: number, positionOf: (row: T) => [string, string]): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(...positionOf(last)) : null };
}
