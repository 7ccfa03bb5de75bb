import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { checks, checkTags, tags } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { BulkCheckOperation } from "@/lib/schemas/check-list";
import { recordAudit } from "../audit/record";
import { assertRole, type Ctx } from "../context";
import { uuidArray } from "../sql-arrays";
import { deleteCheck } from "./delete";
import { setCheckPaused } from "./update";

/**
 * Applies one operation to many checks. Ids are narrowed to this workspace's checks in the query:
 * an id from another workspace (or one deleted meanwhile) is skipped, never touched nor revealed.
 * Pause, resume and delete go through the single-check services, one transaction per check, so
 * each keeps its own scheduling, cache and audit effects. Returns how many checks were changed.
 */
export async function bulkUpdateChecks(ctx: Ctx, ids: string[], operation: BulkCheckOperation): Promise<{ changed: number }> {
  assertRole(ctx, "editor");
  if (ids.length === 0) return { changed: 0 };
  if (operation.op === "tag" || operation.op === "untag") return tagChecks(ctx, ids, operation.tagId, operation.op === "tag");
  const owned = await db
    .select({ id: checks.id, paused: checks.paused })
    .from(checks)
    .where(and(eq(checks.workspaceId, ctx.workspaceId), sql`${checks.id} = any(${uuidArray(ids)})`));
  let changed = 0;
  for (const check of owned) {
    try {
      if (operation.op === "delete") await deleteCheck(ctx, check.id);
      else if (check.paused !== (operation.op === "pause")) await setCheckPaused(ctx, check.id, operation.op === "pause");
      else continue;
      changed += 1;
    } catch (error) {
      // Deleted by someone else between the read and the write: nothing left to change.
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  return { changed };
}

/** Adds or removes one tag on many checks in one statement; both tag and checks must be this workspace's. */
async function tagChecks(ctx: Ctx, ids: string[], tagId: string, add: boolean): Promise<{ changed: number }> {
  return db.transaction(async (tx) => {
    const [tag] = await tx.select({ name: tags.name }).from(tags).where(and(eq(tags.id, tagId), eq(tags.workspaceId, ctx.workspaceId)));
    if (!tag) throw new NotFoundError("Tag");
    const result = add
      ? await tx.execute<{ id: string; name: string }>(sql`
          with added as (
            insert into ${checkTags} (check_id, tag_id)
            select c.id, ${tagId}::uuid from ${checks} c
            where c.workspace_id = ${ctx.workspaceId} and c.id = any(${uuidArray(ids)})
            on conflict do nothing
            returning check_id
          )
          select c.id, c.name from added a join ${checks} c on c.id = a.check_id`)
      : await tx.execute<{ id: string; name: string }>(sql`
          with removed as (
            delete from ${checkTags} ct using ${checks} c
            where ct.check_id = c.id and ct.tag_id = ${tagId} and c.workspace_id = ${ctx.workspaceId} and c.id = any(${uuidArray(ids)})
            returning ct.check_id
          )
          select c.id, c.name from removed r join ${checks} c on c.id = r.check_id`);
    for (const check of result.rows) {
      await recordAudit(tx, ctx, {
        action: add ? "check.tagged" : "check.untagged",
        target: { type: "check", id: check.id, label: check.name },
        changes: [{ field: "tags", ...(add ? { after: tag.name } : { before: tag.name }) }],
      });
    }
    return { changed: result.rows.length };
  });
}
