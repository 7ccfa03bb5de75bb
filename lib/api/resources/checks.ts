import { z } from "zod";
import { checkId, checkInput } from "@/lib/schemas/check";
import { tagId } from "@/lib/schemas/tag";
import { createCheck } from "@/lib/services/checks/create";
import { deleteCheck } from "@/lib/services/checks/delete";
import { checksAfter } from "@/lib/services/checks/page";
import { getCheck } from "@/lib/services/checks/read";
import { setCheckTags, tagsOfChecks } from "@/lib/services/checks/tags";
import { updateCheck } from "@/lib/services/checks/update";
import type { PersonCtx } from "@/lib/services/context";
import { decodeCursor, pageFrom } from "../cursor";
import { operation, pageOf, pageQuery, timestamp } from "../operation";
import { tagView } from "./tags";

const tagSchema = z.object({ id: z.string(), name: z.string(), colour: z.string() });

/** A check as the API shows it: its settings with secrets as KEPT_SECRET, its state and its tags. */
export const checkView = z
  .object({
    id: z.uuid(),
    key: z.string().nullable().meta({ description: "The check's key in a pingpage.yaml; null for checks made in the dashboard" }),
    name: z.string(),
    type: z.string(),
    status: z.enum(["pending", "up", "degraded", "down", "paused"]),
    paused: z.boolean(),
    intervalSeconds: z.number().int(),
    timeoutMs: z.number().int(),
    failureThreshold: z.number().int(),
    recoveryThreshold: z.number().int(),
    degradedThresholdMs: z.number().int().nullable(),
    regions: z.array(z.string()),
    quorum: z.number().int(),
    config: z.looseObject({ type: z.string() }).meta({ description: "The type's settings; secrets read back as __pingpage_kept_secret__, which keeps them when sent back" }),
    tags: z.array(tagSchema),
    lastRunAt: timestamp.nullable(),
    lastLatencyMs: z.number().nullable(),
    lastError: z.string().nullable(),
    statusChangedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Check" });
export type CheckView = z.infer<typeof checkView>;

type CheckRow = Awaited<ReturnType<typeof getCheck>> & { tags: { id: string; name: string; colour: string }[] };
const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toCheckView(row: CheckRow): CheckView {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    type: row.type,
    status: row.status,
    paused: row.paused,
    intervalSeconds: row.intervalSeconds,
    timeoutMs: row.timeoutMs,
    failureThreshold: row.failureThreshold,
    recoveryThreshold: row.recoveryThreshold,
    degradedThresholdMs: row.degradedThresholdMs,
    regions: row.regions,
    quorum: row.quorum,
    config: row.config as CheckView["config"],
    tags: row.tags.map(tagView),
    lastRunAt: iso(row.lastRunAt),
    lastLatencyMs: row.lastLatencyMs,
    lastError: row.lastError,
    statusChangedAt: iso(row.statusChangedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function readCheck(ctx: PersonCtx, id: string): Promise<CheckView> {
  const check = await getCheck(ctx, id);
  const tags = await tagsOfChecks(ctx, [id]);
  return toCheckView({ ...check, tags: tags.get(id) ?? [] });
}

const checkParams = z.object({ checkId });

export const checkOperations = [
  operation({
    id: "listChecks",
    method: "GET",
    path: "/checks",
    tag: "Checks",
    summary: "List checks, oldest first",
    query: pageQuery,
    response: pageOf(checkView),
    paginated: true,
    run: async (ctx, { query }) => {
      const rows = await checksAfter(ctx, decodeCursor(query.cursor), query.limit + 1);
      const page = pageFrom(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id]);
      return { items: page.items.map(toCheckView), nextCursor: page.nextCursor };
    },
  }),
  operation({
    id: "createCheck",
    method: "POST",
    path: "/checks",
    tag: "Checks",
    summary: "Create a check of any type",
    body: checkInput,
    response: checkView,
    status: 201,
    run: async (ctx, { body }) => readCheck(ctx, await createCheck(ctx, body)),
  }),
  operation({
    id: "getCheck",
    method: "GET",
    path: "/checks/{checkId}",
    tag: "Checks",
    summary: "Read a check",
    params: checkParams,
    response: checkView,
    run: (ctx, { params }) => readCheck(ctx, params.checkId),
  }),
  operation({
    id: "updateCheck",
    method: "PUT",
    path: "/checks/{checkId}",
    tag: "Checks",
    summary: "Replace a check's settings (send KEPT_SECRET to keep a stored secret)",
    params: checkParams,
    body: checkInput,
    response: checkView,
    run: async (ctx, { params, body }) => {
      await updateCheck(ctx, params.checkId, body);
      return readCheck(ctx, params.checkId);
    },
  }),
  operation({
    id: "deleteCheck",
    method: "DELETE",
    path: "/checks/{checkId}",
    tag: "Checks",
    summary: "Delete a check and its history",
    params: checkParams,
    status: 204,
    run: (ctx, { params }) => deleteCheck(ctx, params.checkId),
  }),
  operation({
    id: "setCheckTags",
    method: "PUT",
    path: "/checks/{checkId}/tags",
    tag: "Checks",
    summary: "Give a check exactly these tags",
    params: checkParams,
    body: z.object({ tagIds: z.array(tagId).max(50, "At most 50 tags") }),
    response: checkView,
    run: async (ctx, { params, body }) => {
      await setCheckTags(ctx, params.checkId, body.tagIds);
      return readCheck(ctx, params.checkId);
    },
  }),
];
