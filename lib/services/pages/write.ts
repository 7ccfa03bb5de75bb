import "server-only";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import { checks, pageComponents, pages } from "@/db/schema";
import { db, type Database } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { PageInput } from "@/lib/schemas/page";
import { auditChanges, auditCreated } from "@/lib/audit/changes";
import { assertRole, type Ctx } from "../context";
import { assertRoomForPage } from "../limits/quotas";
import { recordAudit } from "../audit/record";
import { auditedComponents, auditedPage, componentChanges } from "../audit/targets";
import { isUniqueViolation } from "../pg-errors";
import { emit } from "@/lib/events/emit";
import { newEvent } from "@/lib/events/types";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

const slugTaken = () => new ConflictError("That slug is already taken", { slug: ["That slug is already taken; pick another"] });

export async function createPage(ctx: Ctx, input: PageInput): Promise<string> {
  assertRole(ctx, "editor");
  try {
    return await db.transaction(async (tx) => {
      await assertRoomForPage(tx, ctx.workspaceId);
      const [page] = await tx
        .insert(pages)
        .values({ workspaceId: ctx.workspaceId, ...pageFields(input) })
        .returning({ id: pages.id });
      await recordAudit(tx, ctx, { action: "page.created", target: { type: "page", id: page!.id, label: input.name }, changes: auditCreated(pageFields(input)) });
      await syncComponents(tx, ctx, page!.id, input.checkIds);
      // A visitor may have been shown "not found" at this slug: that answer is cached too.
      await emit(tx, newEvent("page.changed", { pageId: page!.id, workspaceId: ctx.workspaceId, slugs: [input.slug] }));
      return page!.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, "pages_slug_idx")) throw slugTaken();
    throw error;
  }
}

/** Saves a page; returns its id. */
export async function updatePage(ctx: Ctx, pageId: string, input: PageInput): Promise<string> {
  assertRole(ctx, "editor");
  try {
    return await db.transaction(async (tx) => {
      const before = await auditedPage(tx, ctx, pageId);
      const componentsBefore = await auditedComponents(tx, pageId);
      const [page] = await tx
        .update(pages)
        .set({ ...pageFields(input), updatedAt: new Date() })
        .where(and(eq(pages.id, pageId), eq(pages.workspaceId, ctx.workspaceId)))
        .returning({ id: pages.id });
      if (!page || !before) throw new NotFoundError("Page");
      await syncComponents(tx, ctx, pageId, input.checkIds);
      const changes = [...auditChanges(before, pageFields(input)), ...componentChanges(componentsBefore, await auditedComponents(tx, pageId))];
      await recordAudit(tx, ctx, { action: "page.updated", target: { type: "page", id: pageId, label: input.name }, changes });
      const slugs = before.slug === input.slug ? [] : [before.slug, input.slug];
      await emit(tx, newEvent("page.changed", { pageId, workspaceId: ctx.workspaceId, slugs }));
      return pageId;
    });
  } catch (error) {
    if (isUniqueViolation(error, "pages_slug_idx")) throw slugTaken();
    throw error;
  }
}

export async function deletePage(ctx: Ctx, pageId: string): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(pages)
      .where(and(eq(pages.id, pageId), eq(pages.workspaceId, ctx.workspaceId)))
      .returning({ id: pages.id, name: pages.name, slug: pages.slug });
    if (!deleted) throw new NotFoundError("Page");
    await recordAudit(tx, ctx, { action: "page.deleted", target: { type: "page", id: pageId, label: deleted.name } });
    await emit(tx, newEvent("page.changed", { pageId, workspaceId: ctx.workspaceId, slugs: [deleted.slug] }));
    return pageId;
  });
}

function pageFields(input: PageInput) {
  return {
    name: input.name,
    slug: input.slug,
    description: input.description ?? null,
    websiteUrl: input.websiteUrl ?? null,
    logoUrl: input.logoUrl ?? null,
    faviconUrl: input.faviconUrl ?? null,
    brandColor: input.brandColor ?? null,
    timeZone: input.timeZone,
    theme: input.theme,
    language: input.language,
    autoIncidents: input.autoIncidents,
  };
}

/** Makes the page show exactly these checks, keeping existing components' names and order. */
async function syncComponents(tx: Tx, ctx: Ctx, pageId: string, checkIds: string[]): Promise<void> {
  const wanted = [...new Set(checkIds)];
  const owned = wanted.length
    ? await tx
        .select({ id: checks.id, name: checks.name })
        .from(checks)
        .where(and(eq(checks.workspaceId, ctx.workspaceId), inArray(checks.id, wanted)))
    : [];
  if (owned.length !== wanted.length) throw new ValidationError("Some checks were not found", { checkIds: ["Some selected checks no longer exist"] });

  await tx
    .delete(pageComponents)
    .where(wanted.length ? and(eq(pageComponents.pageId, pageId), notInArray(pageComponents.checkId, wanted)) : eq(pageComponents.pageId, pageId));
  const existing = await tx.select({ checkId: pageComponents.checkId, position: pageComponents.position }).from(pageComponents).where(eq(pageComponents.pageId, pageId));
  const present = new Set(existing.map((c) => c.checkId));
  let position = existing.reduce((max, c) => Math.max(max, c.position), -1);
  const names = new Map(owned.map((c) => [c.id, c.name]));
  const added = wanted.filter((id) => !present.has(id)).map((checkId) => ({ pageId, checkId, name: names.get(checkId)!, position: ++position }));
  if (added.length) await tx.insert(pageComponents).values(added);
}
