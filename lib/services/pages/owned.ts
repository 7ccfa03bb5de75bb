import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { pageComponents, pages } from "@/db/schema";
import type { Database } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Ctx } from "../context";

type Reader = Pick<Database, "select">;

/** The page, if it belongs to the acting workspace; otherwise "not found", never "forbidden". */
export async function ownedPage(reader: Reader, ctx: Ctx, pageId: string) {
  const [page] = await reader
    .select({ id: pages.id, name: pages.name, slug: pages.slug, timeZone: pages.timeZone })
    .from(pages)
    .where(and(eq(pages.id, pageId), eq(pages.workspaceId, ctx.workspaceId)));
  if (!page) throw new NotFoundError("Page");
  return page;
}

/** Refuses components that are not on this page (another page's, another workspace's). */
export async function assertComponentsOnPage(reader: Reader, pageId: string, componentIds: string[], field = "components"): Promise<void> {
  const wanted = [...new Set(componentIds)];
  if (wanted.length === 0) return;
  const found = await reader
    .select({ id: pageComponents.id })
    .from(pageComponents)
    .where(and(eq(pageComponents.pageId, pageId), inArray(pageComponents.id, wanted)));
  if (found.length !== wanted.length) throw new ValidationError("Some components are not on this page", { [field]: ["Some selected components are not on this page"] });
}
