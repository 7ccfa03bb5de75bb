import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { alertChannels, users, workspaceMembers } from "@/db/schema";
import type { Database } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue";
import { channelFailingEmail } from "@/lib/email/messages/channel-failing";
import { appUrl } from "@/lib/accounts/app-url";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** A channel is flagged after this many failed deliveries in a row, or failing this long. */
export const FAILING_AFTER_FAILURES = 5;
export const FAILING_AFTER_MS = 60 * 60 * 1000;

/** A delivery got through: the channel is healthy again. */
export async function recordChannelSuccess(tx: Tx, channelId: string): Promise<void> {
  await tx
    .update(alertChannels)
    .set({ consecutiveFailures: 0, firstFailureAt: null, failingSince: null, lastError: null, lastDeliveryAt: sql`now()` })
    .where(eq(alertChannels.id, channelId));
}

/**
 * A delivery failed. The first time the channel crosses the threshold it is flagged and the
 * workspace's owners get one e-mail; further failures do not mail again until it recovers.
 */
export async function recordChannelFailure(tx: Tx, channelId: string, error: string): Promise<{ flagged: boolean }> {
  const [channel] = await tx
    .update(alertChannels)
    .set({
      consecutiveFailures: sql`${alertChannels.consecutiveFailures} + 1`,
      firstFailureAt: sql`coalesce(${alertChannels.firstFailureAt}, now())`,
      lastError: error,
      lastDeliveryAt: sql`now()`,
    })
    .where(eq(alertChannels.id, channelId))
    .returning();
  if (!channel || channel.failingSince) return { flagged: false };
  const failingFor = Date.now() - (channel.firstFailureAt?.getTime() ?? Date.now());
  if (channel.consecutiveFailures < FAILING_AFTER_FAILURES && failingFor < FAILING_AFTER_MS) return { flagged: false };
  // Only the update that sets the flag mails, even when two deliveries fail at once.
  const [flagged] = await tx
    .update(alertChannels)
    .set({ failingSince: sql`now()` })
    .where(and(eq(alertChannels.id, channelId), sql`${alertChannels.failingSince} is null`))
    .returning({ id: alertChannels.id });
  if (!flagged) return { flagged: false };
  const owners = await tx
    .select({ email: users.email })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.workspaceId, channel.workspaceId), eq(workspaceMembers.role, "owner")));
  const link = `${appUrl()}/notifications/channels/${channel.id}`;
  for (const owner of owners) {
    if (!owner.email) continue;
    await enqueueEmail(tx, channelFailingEmail({ to: owner.email, channelName: channel.name, error, link }));
  }
  return { flagged: true };
}
