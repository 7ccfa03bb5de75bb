import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { alertChannels, alertDeliveries } from "@/db/schema";
import type { Database } from "@/lib/db";
import { alertMessage, type AlertMessage } from "@/lib/channels/message";
import { enqueue } from "@/lib/jobs/registry";

type Tx = Pick<Database, "execute" | "insert" | "select">;

/** Tries over at least an hour: graphile-worker waits exp(min(attempt, 10)) s between them. */
export const DELIVERY_MAX_ATTEMPTS = 12;

export type QueueOptions = {
  /** The alerts the message is about, linked in the history. */
  alertIds?: string[];
  /** Replays name the delivery they repeat and who asked. */
  replayOf?: string;
  requestedBy?: string | null;
  /** Stable across calls for the same event: a second call with the same key queues nothing. */
  keyFor?: (channelId: string) => string;
};

/**
 * Queues one delivery per channel of the message's workspace, in the caller's transaction. The
 * idempotency key defaults to `<dedupKey>:<kind>:<occurredAt>:<channel>`, so queuing the same event
 * twice sends it once. Channels of another workspace and disabled ones are skipped silently.
 * Returns the new deliveries' ids.
 */
export async function queueAlertMessage(tx: Tx, message: AlertMessage, channelIds: string[], options: QueueOptions = {}): Promise<string[]> {
  const parsed = alertMessage.parse(message);
  if (channelIds.length === 0) return [];
  const channels = await tx
    .select({ id: alertChannels.id })
    .from(alertChannels)
    .where(and(eq(alertChannels.workspaceId, parsed.workspace.id), inArray(alertChannels.id, [...new Set(channelIds)]), eq(alertChannels.enabled, true)));
  const keyFor = options.keyFor ?? ((channelId: string) => `${parsed.dedupKey}:${parsed.kind}:${parsed.occurredAt}:${channelId}`);
  const queued: string[] = [];
  for (const channel of channels) {
    const idempotencyKey = keyFor(channel.id);
    const [row] = await tx
      .insert(alertDeliveries)
      .values({
        workspaceId: parsed.workspace.id,
        channelId: channel.id,
        idempotencyKey,
        kind: parsed.kind,
        checkIds: parsed.checks.map((check) => check.id).filter(isUuid),
        alertIds: options.alertIds ?? [],
        payload: parsed,
        replayOf: options.replayOf ?? null,
        requestedBy: options.requestedBy ?? null,
      })
      .onConflictDoNothing({ target: alertDeliveries.idempotencyKey })
      .returning({ id: alertDeliveries.id });
    if (!row) continue;
    await enqueue(tx, "alert__deliver", { deliveryId: row.id }, { jobKey: `alert:${idempotencyKey}`, jobKeyMode: "preserve_run_at", maxAttempts: DELIVERY_MAX_ATTEMPTS });
    queued.push(row.id);
  }
  return queued;
}

/** A fresh key for messages that are new by nature: Send test, Replay. */
export function freshKey(prefix: string, channelId: string): string {
  return `${prefix}:${randomUUID()}:${channelId}`;
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
