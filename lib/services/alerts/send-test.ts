import "server-only";
import { and, eq } from "drizzle-orm";
import { alertChannels, alertDeliveries, workspaces } from "@/db/schema";
import { appUrl } from "@/lib/accounts/app-url";
import type { AlertMessage } from "@/lib/channels/message";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "../audit/record";
import { assertRole, type Ctx } from "../context";
import { freshKey, queueAlertMessage } from "./queue";

/** Queues a "test" message to one channel; returns the delivery, whose log shows the result. */
export async function sendTestAlert(ctx: Ctx, channelId: string): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ channel: alertChannels, workspaceName: workspaces.name })
      .from(alertChannels)
      .innerJoin(workspaces, eq(workspaces.id, alertChannels.workspaceId))
      .where(and(eq(alertChannels.workspaceId, ctx.workspaceId), eq(alertChannels.id, channelId)));
    if (!found) throw new NotFoundError("Channel");
    if (!found.channel.enabled) throw new ValidationError("The channel is switched off: switch it on to send a test");
    const now = new Date().toISOString();
    const message: AlertMessage = {
      version: 1,
      kind: "test",
      workspace: { id: ctx.workspaceId, name: found.workspaceName },
      checks: [{ id: "test", name: "Example check", target: "https://example.com", status: "down", cause: "This is a test alert", since: now, outageId: null }],
      grouped: false,
      ackUrl: null,
      checkUrls: { test: `${appUrl()}/checks` },
      occurredAt: now,
      dedupKey: `test:${channelId}:${now}`,
    };
    const [deliveryId] = await queueAlertMessage(tx, message, [channelId], { keyFor: (id) => freshKey("test", id), requestedBy: ctx.userId });
    if (!deliveryId) throw new Error("the test delivery was not queued");
    await recordAudit(tx, ctx, { action: "alert_channel.tested", target: { type: "alert_channel", id: channelId, label: found.channel.name } });
    return deliveryId;
  });
}

/** Sends a past delivery's message again, as a new delivery with a new idempotency key. */
export async function replayDelivery(ctx: Ctx, deliveryId: string): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ delivery: alertDeliveries, channel: alertChannels })
      .from(alertDeliveries)
      .innerJoin(alertChannels, eq(alertChannels.id, alertDeliveries.channelId))
      .where(and(eq(alertDeliveries.workspaceId, ctx.workspaceId), eq(alertDeliveries.id, deliveryId)));
    if (!found) throw new NotFoundError("Delivery");
    if (!found.channel.enabled) throw new ValidationError("The channel is switched off: switch it on to replay");
    const [replayId] = await queueAlertMessage(tx, found.delivery.payload as AlertMessage, [found.channel.id], {
      keyFor: (id) => freshKey("replay", id),
      alertIds: found.delivery.alertIds,
      replayOf: deliveryId,
      requestedBy: ctx.userId,
    });
    if (!replayId) throw new Error("the replay was not queued");
    await recordAudit(tx, ctx, { action: "alert_delivery.replayed", target: { type: "alert_channel", id: found.channel.id, label: found.channel.name } });
    return replayId;
  });
}
