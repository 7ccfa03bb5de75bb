import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { alertChannels, alertDeliveries, alertDeliveryAttempts } from "@/db/schema";
import { channelModuleOf, channelModules } from "@/lib/channels/registry";
import { createGuardedFetch, SEND_TIMEOUT_MS, vendorBaseUrls, vendorUrl } from "@/lib/channels/guarded-fetch";
import { alertMessage } from "@/lib/channels/message";
import type { AnyChannelModule, DeliveryResult, GuardedFetch } from "@/lib/channels/types";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/registry";
import { allowPrivateTargets } from "@/lib/services/instance/settings";
import { recordChannelFailure, recordChannelSuccess } from "./channel-health";
import { openChannelSecrets } from "./channel-secrets";
import { DELIVERY_MAX_ATTEMPTS } from "./queue";

/** A send younger than this may still be in flight on another worker: wait rather than send again. */
export const SENDING_LEASE_MS = SEND_TIMEOUT_MS + 15_000;

/** Thrown so graphile-worker tries again later: the delivery failed and has tries left. */
export class DeliveryFailedError extends Error {}

export type DeliverOptions = {
  modules?: readonly AnyChannelModule[];
  fetch?: GuardedFetch;
  baseUrls?: Record<string, string>;
};

export type DeliverOutcome = "sent" | "already_done" | "missing" | "gave_up" | "rescheduled";

type Claim = { attempt: number; attemptId: string; delivery: typeof alertDeliveries.$inferSelect; channel: typeof alertChannels.$inferSelect };

/**
 * Delivers one queued message to one channel. Before calling out, the delivery is marked
 * "sending" with a numbered attempt in its own transaction; a delivery already sent is done, and
 * one whose send is still within its lease is left to that worker. A send whose worker died
 * (attempt never finished) is sent again with the same idempotency key, which receivers dedupe on.
 */
export async function deliverAlert(deliveryId: string, options: DeliverOptions = {}): Promise<DeliverOutcome> {
  const claim = await claimDelivery(deliveryId);
  if (typeof claim === "string") return claim;
  const result = await send(claim, options);
  return recordResult(claim, result);
}

async function claimDelivery(deliveryId: string): Promise<Claim | DeliverOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ delivery: alertDeliveries, channel: alertChannels })
      .from(alertDeliveries)
      .innerJoin(alertChannels, eq(alertChannels.id, alertDeliveries.channelId))
      .where(eq(alertDeliveries.id, deliveryId))
      .for("update", { of: alertDeliveries });
    if (!row) return "missing";
    const { delivery, channel } = row;
    if (delivery.status === "sent" || delivery.status === "gave_up") return "already_done";
    if (delivery.status === "sending") {
      const [open] = await tx
        .select()
        .from(alertDeliveryAttempts)
        .where(and(eq(alertDeliveryAttempts.deliveryId, deliveryId), isNull(alertDeliveryAttempts.finishedAt)))
        .orderBy(desc(alertDeliveryAttempts.attempt))
        .limit(1);
      if (open && Date.now() - open.startedAt.getTime() < SENDING_LEASE_MS) {
        throw new DeliveryFailedError(`delivery ${deliveryId} is being sent by another worker`);
      }
      if (open) {
        await tx
          .update(alertDeliveryAttempts)
          .set({ finishedAt: sql`now()`, ok: false, error: "The worker stopped during this send; sent again with the same idempotency key" })
          .where(eq(alertDeliveryAttempts.id, open.id));
      }
    }
    if (!channel.enabled) {
      await tx.update(alertDeliveries).set({ status: "gave_up", error: "The channel is switched off" }).where(eq(alertDeliveries.id, deliveryId));
      return "gave_up";
    }
    const attempt = delivery.attempts + 1;
    const [opened] = await tx.insert(alertDeliveryAttempts).values({ deliveryId, attempt }).returning({ id: alertDeliveryAttempts.id });
    if (!opened) throw new Error("insert into alert_delivery_attempts returned no row");
    await tx.update(alertDeliveries).set({ status: "sending", attempts: attempt }).where(eq(alertDeliveries.id, deliveryId));
    return { attempt, attemptId: opened.id, delivery: { ...delivery, attempts: attempt }, channel };
  });
}

async function send({ delivery, channel, attempt }: Claim, options: DeliverOptions): Promise<DeliveryResult & { latencyMs: number }> {
  const started = performance.now();
  const finish = (result: DeliveryResult) => ({ ...result, latencyMs: performance.now() - started });
  const channelModule = channelModuleOf(channel.type, options.modules ?? channelModules);
  if (!channelModule) return finish({ ok: false, gone: true, error: `This Pingpage has no channel type "${channel.type}"` });
  const message = alertMessage.safeParse(delivery.payload);
  const config = channelModule.configSchema.safeParse(channel.config);
  let secrets: ReturnType<typeof channelModule.secretsSchema.safeParse>;
  try {
    secrets = channelModule.secretsSchema.safeParse(openChannelSecrets(channel.secrets));
  } catch {
    return finish({ ok: false, error: "The channel's secrets cannot be opened with this instance's key" });
  }
  if (!message.success) return finish({ ok: false, gone: true, error: "The stored message does not match the alert payload format" });
  if (!config.success || !secrets.success) return finish({ ok: false, error: "The channel's settings are incomplete: edit and save it again" });
  const bases = options.baseUrls ?? vendorBaseUrls();
  try {
    const fetch = options.fetch ?? createGuardedFetch(await allowPrivateTargets());
    const result = await channelModule.send(message.data, config.data, secrets.data, {
      fetch,
      vendorUrl: (vendor, url) => vendorUrl(bases, vendor, url),
      idempotencyKey: delivery.idempotencyKey,
      attempt,
    });
    return finish(result);
  } catch (error) {
    return finish({ ok: false, error: describeSendError(error) });
  }
}

/** Never a stack or a secret: the log is shown to the workspace. */
function describeSendError(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return `No answer within ${SEND_TIMEOUT_MS / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return message.slice(0, 300);
}

async function recordResult(claim: Claim, result: DeliveryResult & { latencyMs: number }): Promise<DeliverOutcome> {
  const { delivery, channel, attempt, attemptId } = claim;
  const error = result.ok ? null : (result.error ?? `HTTP ${result.statusCode ?? "error"}`);
  const outcome = await db.transaction(async (tx): Promise<DeliverOutcome | "retry"> => {
    await tx
      .update(alertDeliveryAttempts)
      .set({ finishedAt: sql`now()`, ok: result.ok, statusCode: result.statusCode ?? null, latencyMs: result.latencyMs, error })
      .where(eq(alertDeliveryAttempts.id, attemptId));
    const common = { lastStatusCode: result.statusCode ?? null, latencyMs: result.latencyMs, error, externalId: result.externalId ?? delivery.externalId };
    if (result.ok) {
      await tx.update(alertDeliveries).set({ ...common, status: "sent", sentAt: sql`now()` }).where(eq(alertDeliveries.id, delivery.id));
      await recordChannelSuccess(tx, channel.id);
      return "sent";
    }
    if (result.gone) {
      await tx.update(alertDeliveries).set({ ...common, status: "gave_up" }).where(eq(alertDeliveries.id, delivery.id));
      if (result.statusCode === 410) {
        await tx
          .update(alertChannels)
          .set({ enabled: false, disabledReason: "The endpoint answered 410 Gone, so Pingpage switched the channel off", lastError: error })
          .where(eq(alertChannels.id, channel.id));
      } else {
        await recordChannelFailure(tx, channel.id, error ?? "failed");
      }
      return "gave_up";
    }
    const last = attempt >= DELIVERY_MAX_ATTEMPTS;
    await tx.update(alertDeliveries).set({ ...common, status: last ? "gave_up" : "failed" }).where(eq(alertDeliveries.id, delivery.id));
    await recordChannelFailure(tx, channel.id, error ?? "failed");
    if (last) return "gave_up";
    if (result.retryAfterSeconds !== undefined) {
      // graphile-worker's own backoff could retry sooner than the vendor allows: a new job at that time.
      await enqueue(
        tx,
        "alert__deliver",
        { deliveryId: delivery.id },
        { jobKey: `alert:${delivery.idempotencyKey}`, runAt: new Date(Date.now() + result.retryAfterSeconds * 1000), maxAttempts: DELIVERY_MAX_ATTEMPTS - attempt },
      );
      return "rescheduled";
    }
    return "retry";
  });
  // Thrown after the commit, so the failure stays recorded while graphile-worker schedules the retry.
  if (outcome === "retry") throw new DeliveryFailedError(`delivery ${delivery.id}: ${error}`);
  return outcome;
}
