import "server-only";
import { asc, eq } from "drizzle-orm";
import { checks, pageComponents, pages } from "@/db/schema";
import { db } from "@/lib/db";
import { componentStateOf, overallState } from "@/lib/status";

/** What a visitor sees on /s/<slug>: no workspace context, only published facts. */
export async function getPublicPage(slug: string) {
  const [page] = await db
    .select({
      id: pages.id,
      name: pages.name,
      slug: pages.slug,
      description: pages.description,
      logoUrl: pages.logoUrl,
      brandColor: pages.brandColor,
      websiteUrl: pages.websiteUrl,
    })
    .from(pages)
    .where(eq(pages.slug, slug.toLowerCase()));
  if (!page) return null;
  const rows = await db
    .select({
      id: pageComponents.id,
      name: pageComponents.name,
      groupName: pageComponents.groupName,
      checkStatus: checks.status,
      lastRunAt: checks.lastRunAt,
    })
    .from(pageComponents)
    .leftJoin(checks, eq(checks.id, pageComponents.checkId))
    .where(eq(pageComponents.pageId, page.id))
    .orderBy(asc(pageComponents.position));
  const components = rows.map((row) => ({ ...row, state: componentStateOf(row.checkStatus ?? "pending") }));
  return { ...page, components, overall: overallState(components.map((c) => c.state)) };
}
