import "server-only";
import { and, asc, eq, gt, isNotNull, isNull } from "drizzle-orm";
import { pageComponents, pages, pageSubscribers } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { exportCells } from "@/lib/subscribers/csv";
import { assertRole, type Ctx } from "../context";

const BATCH = 1_000;

/**
 * The page's confirmed e-mail subscribers as CSV rows (lib/subscribers/csv.ts), read in batches by
 * keyset so a large list never sits in memory. Webhook and Slack URLs are secrets and never leave.
 * Checks access before the first row, so a refusal is an error rather than a broken download.
 */
export async function exportSubscribers(ctx: Ctx, pageId: string): Promise<{ pageSlug: string; rows: AsyncIterable<string[]> }> {
  assertRole(ctx, "editor");
  const [page] = await db.select({ slug: pages.slug }).from(pages).where(and(eq(pages.id, pageId), eq(pages.workspaceId, ctx.workspaceId)));
  if (!page) throw new NotFoundError("Page");
  const components = await db.select({ id: pageComponents.id, name: pageComponents.name, groupName: pageComponents.groupName }).from(pageComponents).where(eq(pageComponents.pageId, pageId));
  return { pageSlug: page.slug, rows: batches(pageId, components) };
}

async function* batches(pageId: string, components: Parameters<typeof exportCells>[1]): AsyncIterable<string[]> {
  let after = "";
  for (;;) {
    const batch = await db
      .select({ email: pageSubscribers.email, componentIds: pageSubscribers.componentIds, groupNames: pageSubscribers.groupNames, confirmedAt: pageSubscribers.confirmedAt })
      .from(pageSubscribers)
      .where(
        and(
          eq(pageSubscribers.pageId, pageId),
          eq(pageSubscribers.channel, "email"),
          isNotNull(pageSubscribers.confirmedAt),
          isNull(pageSubscribers.unsubscribedAt),
          isNull(pageSubscribers.bouncedAt),
          after ? gt(pageSubscribers.email, after) : undefined,
        ),
      )
      .orderBy(asc(pageSubscribers.email))
      .limit(BATCH);
    for (const row of batch) if (row.email) yield exportCells({ ...row, email: row.email }, components);
    const last = batch[batch.length - 1]?.email;
    if (batch.length < BATCH || !last) return;
    after = last;
  }
}
