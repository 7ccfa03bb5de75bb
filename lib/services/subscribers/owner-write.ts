import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { pages, pageSubscribers } from "@/db/schema";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue";
import { NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { newEvent } from "@/lib/events/types";
import type { SubscriptionSettingsInput } from "@/lib/schemas/subscriber-owner";
import { assertRole, type Ctx } from "../context";
import { recordAudit } from "../audit/record";
import { describeWait, takeAttempt } from "../limits/rate-limit";
import { confirmationEmail } from "./channels/confirmation-email";
import { confirmationLink, pageLink } from "./links";
import { CONFIRMATION_DAYS, hashSubscriberToken, newSubscriberToken } from "./tokens";

/** Which channels the page's Subscribe control offers, and whether status changes alone are announced. */
export async function updateSubscriptionSettings(ctx: Ctx, pageId: string, input: SubscriptionSettingsInput): Promise<void> {
  assertRole(ctx, "editor");
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: pages.name, channels: pages.subscriberChannels, notify: pages.notifyComponentChanges })
      .from(pages)
      .where(and(eq(pages.id, pageId), eq(pages.workspaceId, ctx.workspaceId)))
      .for("update");
    if (!before) throw new NotFoundError("Page");
    const channels = [...new Set(input.channels)];
    await tx.update(pages).set({ subscriberChannels: channels, notifyComponentChanges: input.notifyComponentChanges, updatedAt: new Date() }).where(eq(pages.id, pageId));
    const changes = [
      { field: "subscription channels", before: before.channels.join(", ") || "off", after: channels.join(", ") || "off" },
      { field: "component status changes", before: before.notify ? "announced" : "not announced", after: input.notifyComponentChanges ? "announced" : "not announced" },
    ].filter((change) => change.before !== change.after);
    await recordAudit(tx, ctx, { action: "page.subscriptions_updated", target: { type: "page", id: pageId, label: before.name }, changes });
    // The public page shows the Subscribe control only for offered channels.
    await emit(tx, newEvent("page.changed", { pageId, workspaceId: ctx.workspaceId }));
  });
}

async function ownedSubscriber(executor: Pick<typeof db, "select">, ctx: Ctx, pageId: string, subscriberId: string) {
  const [row] = await executor
    .select({ subscriber: pageSubscribers, page: { name: pages.name, slug: pages.slug, logoUrl: pages.logoUrl, brandColor: pages.brandColor } })
    .from(pageSubscribers)
    .innerJoin(pages, eq(pages.id, pageSubscribers.pageId))
    .where(and(eq(pageSubscribers.id, subscriberId), eq(pageSubscribers.pageId, pageId), eq(pages.workspaceId, ctx.workspaceId)));
  if (!row) throw new NotFoundError("Subscriber");
  return row;
}

const labelOf = (subscriber: typeof pageSubscribers.$inferSelect) => subscriber.email ?? `${subscriber.channel} subscriber`;

/** Deletes the subscriber and its delivery history: what an owner does when asked to forget someone. */
export async function removeSubscriber(ctx: Ctx, pageId: string, subscriberId: string): Promise<void> {
  assertRole(ctx, "editor");
  await db.transaction(async (tx) => {
    const { subscriber } = await ownedSubscriber(tx, ctx, pageId, subscriberId);
    await tx.delete(pageSubscribers).where(eq(pageSubscribers.id, subscriber.id));
    await recordAudit(tx, ctx, { action: "subscriber.removed", target: { type: "subscriber", id: subscriber.id, label: labelOf(subscriber) } });
  });
}

/** A new confirmation link (the old one stops working) for an e-mail subscriber who has not confirmed. */
export async function resendConfirmation(ctx: Ctx, pageId: string, subscriberId: string): Promise<void> {
  assertRole(ctx, "editor");
  const { subscriber, page } = await ownedSubscriber(db, ctx, pageId, subscriberId);
  if (subscriber.channel !== "email" || !subscriber.email || subscriber.confirmedAt || subscriber.unsubscribedAt || subscriber.bouncedAt) {
    throw new ValidationError("Only a pending e-mail subscriber can be sent a confirmation");
  }
  const email = subscriber.email;
  // An owner's button must not become a way to flood someone's inbox.
  const attempt = await takeAttempt([{ key: `subscriber:resend:${subscriber.id}`, max: 3, windowSeconds: 86_400 }]);
  if (!attempt.allowed) throw new RateLimitedError(`This address was sent enough confirmations today. Try again in ${describeWait(attempt.retryAfterSeconds)}.`);
  const token = newSubscriberToken();
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(pageSubscribers)
      .set({ confirmTokenHash: hashSubscriberToken(token), confirmExpiresAt: sql`now() + make_interval(days => ${CONFIRMATION_DAYS})`, updatedAt: new Date() })
      .where(and(eq(pageSubscribers.id, subscriber.id), isNull(pageSubscribers.confirmedAt), isNull(pageSubscribers.unsubscribedAt), isNull(pageSubscribers.bouncedAt)))
      .returning({ id: pageSubscribers.id });
    if (!updated[0]) throw new ValidationError("Only a pending e-mail subscriber can be sent a confirmation");
    const links = { confirm: confirmationLink(page.slug, token), pageUrl: pageLink(page.slug) };
    await enqueueEmail(tx, confirmationEmail(email, page, links));
    await recordAudit(tx, ctx, { action: "subscriber.confirmation_resent", target: { type: "subscriber", id: subscriber.id, label: email } });
  });
}
