import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { pages, subscriberDeliveries, subscriberMessages, type SubscriberMessageKind } from "@/db/schema";
import { db } from "@/lib/db";
import type { Ctx } from "../context";
import { subscriptionSettings } from "./owner-read";

export type MessageReport = {
  id: string;
  kind: SubscriberMessageKind;
  title: string | null;
  createdAt: Date;
  sent: number;
  failed: number;
  bounced: number;
  /** Not sent yet, or being sent right now. */
  waiting: number;
};

/** The page's latest messages to subscribers, each with its deliveries counted by outcome. */
export async function deliveryReport(ctx: Ctx, pageId: string, limit = 20): Promise<MessageReport[]> {
  await subscriptionSettings(ctx, pageId);
  const status = subscriberDeliveries.status;
  const rows = await db
    .select({
      id: subscriberMessages.id,
      kind: subscriberMessages.kind,
      payload: subscriberMessages.payload,
      createdAt: subscriberMessages.createdAt,
      sent: sql<number>`count(${subscriberDeliveries.id}) filter (where ${status} = 'sent')::int`,
      failed: sql<number>`count(${subscriberDeliveries.id}) filter (where ${status} = 'failed')::int`,
      bounced: sql<number>`count(${subscriberDeliveries.id}) filter (where ${status} = 'bounced')::int`,
      waiting: sql<number>`count(${subscriberDeliveries.id}) filter (where ${status} in ('pending', 'sending'))::int`,
    })
    .from(subscriberMessages)
    .innerJoin(pages, eq(pages.id, subscriberMessages.pageId))
    .leftJoin(subscriberDeliveries, eq(subscriberDeliveries.messageId, subscriberMessages.id))
    .where(and(eq(subscriberMessages.pageId, pageId), eq(pages.workspaceId, ctx.workspaceId)))
    .groupBy(subscriberMessages.id)
    .orderBy(desc(subscriberMessages.createdAt))
    .limit(limit);
  return rows.map(({ payload, ...row }) => ({ ...row, title: titleOf(payload) }));
}

/** The message's headline ("Incident: API errors"), as lib/services/subscribers/messages/payload.ts stores it. */
function titleOf(payload: Record<string, unknown>): string | null {
  return typeof payload.headline === "string" ? payload.headline : null;
}
