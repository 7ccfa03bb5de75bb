import { z } from "zod";
import { checkStatus, checkType } from "@/db/schema/checks";

/** A query-string value: "" (an "All" choice) is no filter. */
const param = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

export const checkSorts = ["name", "state", "last_run", "uptime", "latency"] as const;
export type CheckSort = (typeof checkSorts)[number];
export const CHECKS_PAGE_SIZE = 50;

/** The checks list's search, filters, sort and page, as they arrive in the page's query string. */
export const checkListQuery = z.object({
  q: param(z.string({ error: "Enter the search once" }).trim().max(200, "Search for at most 200 characters")),
  state: param(z.enum(checkStatus.enumValues, { error: "Pick a state from the list" })),
  type: param(z.enum(checkType.enumValues, { error: "Pick a type from the list" })),
  tag: param(z.uuid({ error: "Pick a tag from the list" })),
  sort: param(z.enum(checkSorts, { error: "Pick a sort order from the list" })),
  dir: param(z.enum(["asc", "desc"], { error: "Sort up or down" })),
  page: param(z.coerce.number({ error: "This page number is not a number" }).int("Use a whole page number").min(1, "Pages start at 1").max(10_000, "There are not that many pages")),
});
export type CheckListQuery = z.infer<typeof checkListQuery>;

/** Search params as Next hands them over: a repeated parameter keeps its first value. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

export const bulkCheckOperation = z.discriminatedUnion("op", [
  z.object({ op: z.literal("pause") }),
  z.object({ op: z.literal("resume") }),
  z.object({ op: z.literal("delete") }),
  z.object({ op: z.literal("tag"), tagId: z.uuid({ error: "Pick a tag to add" }) }),
  z.object({ op: z.literal("untag"), tagId: z.uuid({ error: "Pick a tag to remove" }) }),
], { error: "Pick an action from the list" });
export type BulkCheckOperation = z.infer<typeof bulkCheckOperation>;

export const bulkCheckIds = z
  .array(z.uuid({ error: "A selected check is not valid" }), { error: "Select checks first" })
  .min(1, "Select at least one check")
  .max(1000, "Select at most 1000 checks at a time")
  .transform((ids) => [...new Set(ids)]);
