import "server-only";
import { sql } from "drizzle-orm";

// drizzle spreads a JS array into a list of parameters; these pass one array literal instead.

export function uuidArray(ids: string[]) {
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}

export function textArray(values: string[]) {
  return sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`}::text[]`;
}
