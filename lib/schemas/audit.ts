import { z } from "zod";
import { auditActions, auditTargetTypes, type AuditAction } from "@/lib/audit/actions";

/** A query-string value: "" (an "All" choice) is no filter; a repeated parameter is refused. */
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const day = z
  .string({ error: "Pick a single date" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "This is not a date");

const PICK_ACTOR = "Pick someone from the list";
const BROKEN_CURSOR = "This page link is broken; start again from the newest entries";
const actionNames = Object.keys(auditActions) as [AuditAction, ...AuditAction[]];

/** The audit log's filters and cursor, as they arrive in the page's query string. */
export const auditFilter = z
  .object({
    actor: param(z.string({ error: PICK_ACTOR }).refine((v) => v === "system" || z.uuid().safeParse(v).success, PICK_ACTOR)),
    type: param(z.enum(auditTargetTypes, { error: "Pick a kind of record from the list" })),
    action: param(z.enum(actionNames, { error: "Pick an action from the list" })),
    from: param(day),
    to: param(day),
    q: param(z.string({ error: "Enter the text once" }).trim().max(200, "Search for at most 200 characters")),
    cursor: param(z.coerce.number({ error: BROKEN_CURSOR }).int(BROKEN_CURSOR).positive(BROKEN_CURSOR).max(Number.MAX_SAFE_INTEGER, BROKEN_CURSOR)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The end date is before the start date", path: ["to"] });
export type AuditFilter = z.infer<typeof auditFilter>;
