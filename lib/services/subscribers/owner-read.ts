import "server-only";
import { and, asc, desc, eq, ilike, sql } from "drizzle-orm";
import { pages, pageSubscribers, subscriberChannels, type SubscriberChannel } from "@/db/schema";
import { openSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { assertRole, type Ctx } from "../context";

export type SubscriberStatus = "confirmed" | "pending" | "unsubscribed" | "bounced";
export type ChannelCounts = Record<SubscriberStatus, number>;

const inWorkspace = (ctx: Ctx, pageId: string) => and(eq(pageSubscribers.pageId, pageId), eq(pages.workspaceId, ctx.workspaceId));

/** The page's subscription settings, or NotFoundError for another workspace's page. */
export async function subscriptionSettings(ctx: Ctx, pageId: string) {
  const [page] = await db
    .select({ name: pages.name, channels: pages.subscriberChannels, notifyComponentChanges: pages.notifyComponentChanges })
    .from(pages)
    .where(and(eq(pages.id, pageId), eq(pages.workspaceId, ctx.workspaceId)));
  if (!page) throw new NotFoundError("Page");
  return { ...page, channels: subscriberChannels.filter((channel) => page.channels.includes(channel)) };
}

/** Subscribers by channel and status; what every member, viewers included, sees. */
export async function subscriberCounts(ctx: Ctx, pageId: string): Promise<Record<SubscriberChannel, ChannelCounts>> {
  await subscriptionSettings(ctx, pageId);
  const rows = await db
    .select({
      channel: pageSubscribers.channel,
      confirmed: sql<number>`count(*) filter (where ${pageSubscribers.confirmedAt} is not null and ${pageSubscribers.unsubscribedAt} is null and ${pageSubscribers.bouncedAt} is null)::int`,
      pending: sql<number>`count(*) filter (where ${pageSubscribers.confirmedAt} is null and ${pageSubscribers.unsubscribedAt} is null and ${pageSubscribers.bouncedAt} is null)::int`,
      unsubscribed: sql<number>`count(*) filter (where ${pageSubscribers.unsubscribedAt} is not null and ${pageSubscribers.bouncedAt} is null)::int`,
      bounced: sql<number>`count(*) filter (where ${pageSubscribers.bouncedAt} is not null)::int`,
    })
    .from(pageSubscribers)
    .innerJoin(pages, eq(pages.id, pageSubscribers.pageId))
    .where(inWorkspace(ctx, pageId))
    .groupBy(pageSubscribers.channel);
  const none = (): ChannelCounts => ({ confirmed: 0, pending: 0, unsubscribed: 0, bounced: 0 });
  const counts = { email: none(), webhook: none(), slack: none() };
  for (const { channel, ...row } of rows) if (channel in counts) counts[channel] = row;
  return counts;
}

export type SubscriberRow = { id: string; channel: SubscriberChannel; target: string; status: SubscriberStatus; source: string; scoped: boolean; createdAt: Date };
export const LIST_LIMIT = 100;

/**
 * Subscribers whose address contains `query`, newest first, at most LIST_LIMIT: addresses are
 * personal data, so editors only. A webhook or Slack URL may hold a secret: only its host is shown.
 */
export async function listSubscribers(ctx: Ctx, pageId: string, query: string): Promise<{ rows: SubscriberRow[]; total: number }> {
  assertRole(ctx, "editor");
  await subscriptionSettings(ctx, pageId);
  const pattern = `%${query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = query.trim() ? and(inWorkspace(ctx, pageId), ilike(pageSubscribers.email, pattern)) : inWorkspace(ctx, pageId);
  const [rows, [total]] = await Promise.all([
    db
      .select({ subscriber: pageSubscribers })
      .from(pageSubscribers)
      .innerJoin(pages, eq(pages.id, pageSubscribers.pageId))
      .where(where)
      .orderBy(desc(pageSubscribers.createdAt), asc(pageSubscribers.id))
      .limit(LIST_LIMIT),
    db.select({ n: sql<number>`count(*)::int` }).from(pageSubscribers).innerJoin(pages, eq(pages.id, pageSubscribers.pageId)).where(where),
  ]);
  return { rows: rows.map(({ subscriber }) => toRow(subscriber)), total: total?.n ?? 0 };
}

function toRow(subscriber: typeof pageSubscribers.$inferSelect): SubscriberRow {
  return {
    id: subscriber.id,
    channel: subscriber.channel,
    target: subscriber.email ?? hostOf(subscriber.urlSealed),
    status: statusOf(subscriber),
    source: subscriber.source,
    scoped: (subscriber.componentIds?.length ?? 0) + (subscriber.groupNames?.length ?? 0) > 0,
    createdAt: subscriber.createdAt,
  };
}

export function statusOf(subscriber: { confirmedAt: Date | null; unsubscribedAt: Date | null; bouncedAt: Date | null }): SubscriberStatus {
  if (subscriber.bouncedAt) return "bounced";
  if (subscriber.unsubscribedAt) return "unsubscribed";
  return subscriber.confirmedAt ? "confirmed" : "pending";
}

function hostOf(sealed: string | null): string {
  try {
    return new URL(openSecret(sealed ?? "")).host;
  } catch {
    return "(unreadable URL)";
  }
}
