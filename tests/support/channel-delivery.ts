import { eq } from "drizzle-orm";
import { alertDeliveries } from "@/db/schema";
import { createGuardedFetch } from "@/lib/channels/guarded-fetch";
import type { AlertMessage, AnyChannelModule } from "@/lib/channels/types";
import { db } from "@/lib/db";
import { createChannel } from "@/lib/services/alerts/channels";
import { deliverAlert } from "@/lib/services/alerts/deliver";
import { queueAlertMessage } from "@/lib/services/alerts/queue";
import type { Ctx } from "@/lib/services/context";
import { alertMessageFor } from "./alert-messages";
import { createOwnerCtx } from "./factories";

type ChannelSettings = { type: string; config?: Record<string, unknown>; secrets?: Record<string, unknown> };
type Options = { baseUrls?: Record<string, string>; modules?: readonly AnyChannelModule[] };

/** A new workspace with one channel saved through the service, as the form saves it. */
export async function channelInNewWorkspace(settings: ChannelSettings, options: Options = {}): Promise<{ ctx: Ctx; channelId: string }> {
  const ctx = await createOwnerCtx();
  const channelId = await createChannel(ctx, { name: `${settings.type} alerts`, config: {}, secrets: {}, ...settings }, options.modules);
  return { ctx, channelId };
}

/**
 * Queues `message` to the channel and runs its delivery once, as the worker would (loopback
 * allowed, vendor origins swapped for the local receivers). Returns the delivery row.
 */
export async function deliverOnce(channelId: string, message: AlertMessage, options: Options = {}) {
  const [deliveryId] = await db.transaction((tx) => queueAlertMessage(tx, message, [channelId]));
  if (!deliveryId) throw new Error("nothing was queued");
  const outcome = await deliverAlert(deliveryId, { fetch: createGuardedFetch(true, 5_000), baseUrls: options.baseUrls ?? {}, modules: options.modules });
  const [delivery] = await db.select().from(alertDeliveries).where(eq(alertDeliveries.id, deliveryId));
  return { outcome, delivery: delivery! };
}

/** Saves a channel in a new workspace and delivers one message to it. */
export async function sendThrough(settings: ChannelSettings, options: Options & { message?: (workspaceId: string) => AlertMessage } = {}) {
  const { ctx, channelId } = await channelInNewWorkspace(settings, options);
  const message = options.message?.(ctx.workspaceId) ?? alertMessageFor(ctx.workspaceId);
  return { ctx, channelId, message, ...(await deliverOnce(channelId, message, options)) };
}
