import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { checks, checkTags, tags } from "@/db/schema";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { TagInput } from "@/lib/schemas/tag";
import { auditChanges } from "@/lib/audit/changes";
import { recordAudit } from "../audit/record";
import { assertRole, type Ctx } from "../context";
import { isUniqueViolation } from "../pg-errors";
import { uuidArray } from "../sql-arrays";

export type Tag = { id: string; name: string; colour: string };

const taken = (name: string) => new ConflictError(`A tag named "${name}" already exists`, { name: ["A tag with this name already exists"] });

export async function listTags(ctx: Ctx): Promise<Tag[]> {
  return db
    .select({ id: tags.id, name: tags.name, colour: tags.colour })
    .from(tags)
    .where(eq(tags.workspaceId, ctx.workspaceId))
    .orderBy(asc(sql`lower(${tags.name})`));
}

export async function createTag(ctx: Ctx, input: TagInput): Promise<Tag> {
  assertRole(ctx, "editor");
  try {
    return await db.transaction(async (tx) => {
      const [tag] = await tx.insert(tags).values({ workspaceId: ctx.workspaceId, ...input }).returning({ id: tags.id, name: tags.name, colour: tags.colour });
      await recordAudit(tx, ctx, { action: "tag.created", target: { type: "tag", id: tag!.id, label: tag!.name } });
      return tag!;
    });
  } catch (error) {
    if (isUniqueViolation(error, "tags_workspace_name_idx")) throw taken(input.name);
    throw error;
  }
}

export async function updateTag(ctx: Ctx, tagId: string, input: TagInput): Promise<void> {
  assertRole(ctx, "editor");
  try {
    await db.transaction(async (tx) => {
      const [before] = await tx.select({ name: tags.name, colour: tags.colour }).from(tags).where(and(eq(tags.id, tagId), eq(tags.workspaceId, ctx.workspaceId))).for("update");
      if (!before) throw new NotFoundError("Tag");
      await tx.update(tags).set(input).where(and(eq(tags.id, tagId), eq(tags.workspaceId, ctx.workspaceId)));
      await recordAudit(tx, ctx, { action: "tag.updated", target: { type: "tag", id: tagId, label: input.name }, changes: auditChanges(before, input) });
    });
  } catch (error) {
    if (isUniqueViolation(error, "tags_workspace_name_idx")) throw taken(input.name);
    throw error;
  }
}

export async function deleteTag(ctx: Ctx, tagId: string): Promise<void> {
  assertRole(ctx, "editor");
  await db.transaction(async (tx) => {
    const [tag] = await tx.delete(tags).where(and(eq(tags.id, tagId), eq(tags.workspaceId, ctx.workspaceId))).returning({ name: tags.name });
    if (!tag) throw new NotFoundError("Tag");
    await recordAudit(tx, ctx, { action: "tag.deleted", target: { type: "tag", id: tagId, label: tag.name } });
  });
}

/**
 * Gives a check exactly these tags. Both the check and every tag must be this workspace's: a tag id
 * from elsewhere is refused as unknown, never attached.
 */
export async function setCheckTags(ctx: Ctx, checkId: string, tagIds: string[]): Promise<void> {
  assertRole(ctx, "editor");
  const wanted = [...new Set(tagIds)];
  await db.transaction(async (tx) => {
    const [check] = await tx.select({ name: checks.name }).from(checks).where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId))).for("update");
    if (!check) throw new NotFoundError("Check");
    const known = wanted.length === 0 ? [] : await tx.select({ id: tags.id, name: tags.name }).from(tags).where(and(eq(tags.workspaceId, ctx.workspaceId), inArray(tags.id, wanted)));
    if (known.length !== wanted.length) throw new NotFoundError("Tag");
    const current = await tx.select({ id: checkTags.tagId, name: tags.name }).from(checkTags).innerJoin(tags, eq(tags.id, checkTags.tagId)).where(eq(checkTags.checkId, checkId));
    const added = known.filter((tag) => !current.some((c) => c.id === tag.id));
    const removed = current.filter((tag) => !wanted.includes(tag.id));
    if (removed.length > 0) await tx.delete(checkTags).where(and(eq(checkTags.checkId, checkId), inArray(checkTags.tagId, removed.map((t) => t.id))));
    if (added.length > 0) await tx.insert(checkTags).values(added.map((tag) => ({ checkId, tagId: tag.id })));
    if (added.length > 0 || removed.length > 0) {
      const names = (list: { name: string }[]) => list.map((t) => t.name).sort().join(", ");
      await recordAudit(tx, ctx, {
        action: "check.updated",
        target: { type: "check", id: checkId, label: check.name },
        changes: [{ field: "tags", before: names(current), after: names([...current.filter((t) => wanted.includes(t.id)), ...added]) }],
      });
    }
  });
}

/** The tags of each of these checks (this workspace's only), for a page of the list. */
export async function tagsOfChecks(ctx: Ctx, checkIds: string[]): Promise<Map<string, Tag[]>> {
  const byCheck = new Map<string, Tag[]>();
  if (checkIds.length === 0) return byCheck;
  const rows = await db
    .select({ checkId: checkTags.checkId, id: tags.id, name: tags.name, colour: tags.colour })
    .from(checkTags)
    .innerJoin(tags, eq(tags.id, checkTags.tagId))
    .where(and(eq(tags.workspaceId, ctx.workspaceId), sql`${checkTags.checkId} = any(${uuidArray(checkIds)})`))
    .orderBy(asc(sql`lower(${tags.name})`));
  for (const { checkId, ...tag } of rows) byCheck.set(checkId, [...(byCheck.get(checkId) ?? []), tag]);
  return byCheck;
}
