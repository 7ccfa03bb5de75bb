import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { pageComponents, pages, pageSubscribers } from "@/db/schema";
import { openSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { SubscriberScope } from "@/lib/schemas/subscriber";
import { checkScope } from "./page-for-visitor";
import { hashSubscriberToken } from "./tokens";

/** Follows a confirmation link: valid once, for 7 days. Returns the page's slug, or null. */
export async function confirmSubscription(token: string): Promise<{ slug: string; manageToken: string } | null> {
  const [row] = await db
    .update(pageSubscribers)
    .set({ confirmedAt: sql`now()`, confirmTokenHash: null, confirmExpiresAt: null, updatedAt: new Date() })
    .where(and(eq(pageSubscribers.confirmTokenHash, hashSubscriberToken(token)), gt(pageSubscribers.confirmExpiresAt, sql`now()`)))
    .returning({ pageId: pageSubscribers.pageId, manageTokenSealed: pageSubscribers.manageTokenSealed });
  if (!row) return null;
  const [page] = await db.select({ slug: pages.slug }).from(pages).where(eq(pages.id, row.pageId));
  return page ? { slug: page.slug, manageToken: openSecret(row.manageTokenSealed) } : null;
}

export type Subscription = {
  pageName: string;
  slug: string;
  channel: string;
  /** The address, or the URL's host: the manage page never shows a webhook's secret path. */
  target: string;
  active: boolean;
  componentIds: string[] | null;
  groupNames: string[] | null;
  components: { id: string; name: string; groupName: string | null }[];
};

async function byToken(token: string) {
  const [row] = await db
    .select({ subscriber: pageSubscribers, pageName: pages.name, slug: pages.slug })
    .from(pageSubscribers)
    .innerJoin(pages, eq(pages.id, pageSubscribers.pageId))
    .where(eq(pageSubscribers.manageTokenHash, hashSubscriberToken(token)));
  if (!row) throw new NotFoundError("Subscription");
  return row;
}

/** What the manage link shows: the manage token is the only credential. */
export async function readSubscription(token: string): Promise<Subscription> {
  const { subscriber, pageName, slug } = await byToken(token);
  const components = await db
    .select({ id: pageComponents.id, name: pageComponents.name, groupName: pageComponents.groupName })
    .from(pageComponents)
    .where(eq(pageComponents.pageId, subscriber.pageId))
    .orderBy(pageComponents.position);
  const target = subscriber.email ?? new URL(openSecret(subscriber.urlSealed ?? "")).host;
  return {
    pageName,
    slug,
    channel: subscriber.channel,
    target,
    active: !!subscriber.confirmedAt && !subscriber.unsubscribedAt && !subscriber.bouncedAt,
    componentIds: subscriber.componentIds,
    groupNames: subscriber.groupNames,
    components,
  };
}

/** Changes what a subscriber hears about; also resubscribes one who had left. */
export async function updateSubscriptionScope(token: string, scope: SubscriberScope): Promise<void> {
  const { subscriber } = await byToken(token);
  const checked = await checkScope(subscriber.pageId, scope);
  await db
    .update(pageSubscribers)
    .set({ ...checked, unsubscribedAt: null, confirmedAt: sql`coalesce(${pageSubscribers.confirmedAt}, now())`, updatedAt: new Date() })
    .where(and(eq(pageSubscribers.id, subscriber.id), isNull(pageSubscribers.bouncedAt)));
}

/** One click (RFC 8058 POST) or the manage page's button; unknown tokens are a NotFoundError. */
export async function unsubscribe(token: string): Promise<void> {
  const result = await db
    .update(pageSubscribers)
    .set({ unsubscribedAt: sql`coalesce(${pageSubscribers.unsubscribedAt}, now())`, updatedAt: new Date() })
    .where(eq(pageSubscribers.manageTokenHash, hashSubscriberToken(token)));
  if ((result.rowCount ?? 0) === 0) throw new NotFoundError("Subscription");
}
