import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { alertChannels, alertDeliveries, alertDeliveryAttempts, alerts, checks, users } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { AlertHistoryQuery } from "@/lib/schemas/alert-channel";
import type { Ctx } from "../context";

export const HISTORY_PAGE_SIZE = 50;

/** Deliveries newest first, narrowed to a check, a channel or a status; never the payload's secrets (it has none). */
export async function listDeliveries(ctx: Ctx, query: AlertHistoryQuery) {
  const where: SQL[] = [eq(alertDeliveries.workspaceId, ctx.workspaceId)];
  if (query.channelId) where.push(eq(alertDeliveries.channelId, query.channelId));
  if (query.checkId) where.push(sql`${query.checkId}::uuid = any(${alertDeliveries.checkIds})`);
  if (query.status) where.push(eq(alertDeliveries.status, query.status));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: alertDeliveries.id,
        channelId: alertDeliveries.channelId,
        channelName: alertChannels.name,
        channelType: alertChannels.type,
        kind: alertDeliveries.kind,
        status: alertDeliveries.status,
        attempts: alertDeliveries.attempts,
        lastStatusCode: alertDeliveries.lastStatusCode,
        latencyMs: alertDeliveries.latencyMs,
        error: alertDeliveries.error,
        replayOf: alertDeliveries.replayOf,
        checkIds: alertDeliveries.checkIds,
        title: sql<string | null>`${alertDeliveries.payload} -> 'checks' -> 0 ->> 'name'`,
        checkCount: sql<number>`jsonb_array_length(${alertDeliveries.payload} -> 'checks')`,
        createdAt: alertDeliveries.createdAt,
        sentAt: alertDeliveries.sentAt,
      })
      .from(alertDeliveries)
      .innerJoin(alertChannels, eq(alertChannels.id, alertDeliveries.channelId))
      .where(and(...where))
      .orderBy(desc(alertDeliveries.createdAt), desc(alertDeliveries.id))
      .limit(HISTORY_PAGE_SIZE)
      .offset((query.page - 1) * HISTORY_PAGE_SIZE),
    db.select({ total: count() }).from(alertDeliveries).where(and(...where)),
  ]);
  return { rows, total: total?.total ?? 0 };
}
export type DeliveryRow = Awaited<ReturnType<typeof listDeliveries>>["rows"][number];

/** One delivery with each attempt, for its detail page. */
export async function getDelivery(ctx: Ctx, id: string) {
  const [delivery] = await db
    .select({ delivery: alertDeliveries, channelName: alertChannels.name })
    .from(alertDeliveries)
    .innerJoin(alertChannels, eq(alertChannels.id, alertDeliveries.channelId))
    .where(and(eq(alertDeliveries.workspaceId, ctx.workspaceId), eq(alertDeliveries.id, id)));
  if (!delivery) throw new NotFoundError("Delivery");
  const attempts = await db.select().from(alertDeliveryAttempts).where(eq(alertDeliveryAttempts.deliveryId, id)).orderBy(asc(alertDeliveryAttempts.attempt));
  return { ...delivery.delivery, channelName: delivery.channelName, attemptLog: attempts };
}

/** Alerts newest first, optionally of one check: the history's first tab and the check page's panel. */
export async function listAlerts(ctx: Ctx, options: { checkId?: string; limit?: number } = {}) {
  const where: SQL[] = [eq(alerts.workspaceId, ctx.workspaceId)];
  if (options.checkId) where.push(eq(alerts.checkId, options.checkId));
  return db
    .select({
      id: alerts.id,
      kind: alerts.kind,
      state: alerts.state,
      checkId: alerts.checkId,
      checkName: checks.name,
      firedAt: alerts.firedAt,
      acknowledgedAt: alerts.acknowledgedAt,
      acknowledgedBy: users.email,
      resolvedAt: alerts.resolvedAt,
    })
    .from(alerts)
    .leftJoin(checks, eq(checks.id, alerts.checkId))
    .leftJoin(users, eq(users.id, alerts.acknowledgedBy))
    .where(and(...where))
    .orderBy(desc(alerts.firedAt))
    .limit(options.limit ?? HISTORY_PAGE_SIZE);
}
export type AlertRow = Awaited<ReturnType<typeof listAlerts>>[number];
