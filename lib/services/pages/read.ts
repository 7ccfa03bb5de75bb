import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { pageComponents, pages } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Ctx } from "../context";

export async function listPages(ctx: Ctx) {
  return db
    .select({
      id: pages.id,
      name: pages.name,
      slug: pages.slug,
      // A join, not a correlated subquery: Drizzle leaves single-table columns unqualified, so
      // `page_id = id` inside one compared a component with itself and counted none.
      components: count(pageComponents.id),
    })
    .from(pages)
    .leftJoin(pageComponents, eq(pageComponents.pageId, pages.id))
    .where(eq(pages.workspaceId, ctx.workspaceId))
    .groupBy(pages.id)
    .orderBy(asc(pages.name));
}

export async function getPage(ctx: Ctx, pageId: string) {
  const [page] = await db
    .select()
    .from(pages)
    .where(and(eq(pages.id, pageId), eq(pages.workspaceId, ctx.workspaceId)));
  if (!page) throw new NotFoundError("Page");
  const components = await db.select().from(pageComponents).where(eq(pageComponents.pageId, pageId)).orderBy(asc(pageComponents.position));
  return { ...page, components };
}
