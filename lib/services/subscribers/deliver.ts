import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { pageSubscribers, subscriberDeliveries, subscriberMessages } from "@/db/schema";
import { openSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { resolveBulkMailer, type BulkMailer, type BulkOutcome } from "@/lib/email/bulk";
import { guardedPostJson } from "@/lib/net/guarded-post";
import { allowPrivateTargets } from "@/lib/services/instance/settings";
import { noticeBody, noticeEmail } from "./channels/notice-email";
import { slackBody } from "./channels/slack-body";
import { webhookBody } from "./channels/webhook-body";
import { subscriptionLinks } from "./links";
import { messagePayload, type MessagePayload } from "./messages/payload";
import { pageSigningSecret, signedHeaders } from "./signing";

/** Sent at once per group: the SMTP pool's connections and parallel webhook calls stay busy. */
const GROUP = 50;

export const INTERRUPTED = "Interrupted: the worker stopped while sending, so it is not sent again (it may have arrived)";

type Row = { deliveryId: string; subscriberId: string; channel: string; email: string | null; urlSealed: string | null; manageTokenSealed: string };
type Outcome = BulkOutcome;

export type BatchReport = { sent: number; failed: number; bounced: number; interrupted: number };

/**
 * Delivers one batch of a message. Each group is marked "sending" before anything goes out (only
 * rows still "pending" are taken, so two runs of one job never share a row), then recorded. A job
 * resumed after a killed worker sends what was still pending and never repeats a "sending" row.
 */
export async function deliverBatch(messageId: string, batch: number, mailer: () => Promise<BulkMailer> = resolveBulkMailer): Promise<BatchReport> {
  const report: BatchReport = { sent: 0, failed: 0, bounced: 0, interrupted: 0 };
  const [message] = await db.select().from(subscriberMessages).where(eq(subscriberMessages.id, messageId));
  if (!message) return report;
  const payload = messagePayload.parse(message.payload);
  const stale = await db
    .update(subscriberDeliveries)
    .set({ status: "failed", error: INTERRUPTED })
    .where(and(eq(subscriberDeliveries.messageId, messageId), eq(subscriberDeliveries.batch, batch), eq(subscriberDeliveries.status, "sending")));
  report.interrupted = stale.rowCount ?? 0;
  const body = noticeBody(payload);
  let sender: Senders | null = null;
  for (;;) {
    const group = await claimGroup(messageId, batch);
    if (group.length === 0) break;
    sender ??= await senders(payload, body, mailer);
    const outcomes = await sender.send(group);
    await record(group, outcomes, report);
  }
  return report;
}

/** Takes up to GROUP pending rows of the batch whose subscriber is still active. */
async function claimGroup(messageId: string, batch: number): Promise<Row[]> {
  const result = await db.execute<Row>(sql`
    with picked as (
      select d.id from subscriber_deliveries d
      where d.message_id = ${messageId} and d.batch = ${batch} and d.status = 'pending'
      order by d.id limit ${GROUP} for update skip locked
    ), claimed as (
      update subscriber_deliveries d set status = 'sending', attempts = d.attempts + 1
      from picked where d.id = picked.id and d.status = 'pending'
      returning d.id, d.subscriber_id
    )
    select c.id as "deliveryId", s.id as "subscriberId", s.channel, s.email, s.url_sealed as "urlSealed", s.manage_token_sealed as "manageTokenSealed",
      (s.unsubscribed_at is null and s.bounced_at is null) as active
    from claimed c join page_subscribers s on s.id = c.subscriber_id`);
  const rows = result.rows as (Row & { active: boolean })[];
  const gone = rows.filter((r) => !r.active).map((r) => r.deliveryId);
  if (gone.length > 0) {
    await db.update(subscriberDeliveries).set({ status: "failed", error: "Unsubscribed before delivery" }).where(inArray(subscriberDeliveries.id, gone));
  }
  return rows.filter((r) => r.active);
}

type Senders = { send(rows: Row[]): Promise<Outcome[]> };

async function senders(payload: MessagePayload, body: ReturnType<typeof noticeBody>, mailer: () => Promise<BulkMailer>): Promise<Senders> {
  let bulk: BulkMailer | null = null;
  let secret: string | null = null;
  const privateTargets = await allowPrivateTargets();
  const post = async (url: string, text: string, headers: Record<string, string>): Promise<Outcome> => {
    try {
      const { status } = await guardedPostJson(url, text, headers, { allowPrivateTargets: privateTargets });
      return status >= 200 && status < 300 ? { ok: true } : { ok: false, permanent: false, error: `HTTP ${status}` };
    } catch (error) {
      return { ok: false, permanent: false, error: (error instanceof Error ? error.message : String(error)).slice(0, 300) };
    }
  };
  return {
    async send(rows) {
      const outcomes: Outcome[] = new Array(rows.length);
      const mails = rows.flatMap((row, i) => (row.channel === "email" ? [{ i, row }] : []));
      const others = rows.flatMap((row, i) => (row.channel === "email" ? [] : [{ i, row }]));
      const mailing = (async () => {
        if (mails.length === 0) return;
        bulk ??= await mailer();
        const sent = await bulk.sendMany(mails.map(({ row }) => noticeEmail(row.email ?? "", payload, body, subscriptionLinks(payload.page.slug, openSecret(row.manageTokenSealed)))));
        mails.forEach(({ i }, k) => (outcomes[i] = sent[k]!));
      })();
      const posting = Promise.all(
        others.map(async ({ i, row }) => {
          const links = subscriptionLinks(payload.page.slug, openSecret(row.manageTokenSealed));
          const url = openSecret(row.urlSealed ?? "");
          if (row.channel === "slack") return void (outcomes[i] = await post(url, slackBody(payload, links), {}));
          secret ??= await pageSigningSecret(payload.page.id);
          const text = webhookBody(payload, links.unsubscribe);
          outcomes[i] = await post(url, text, signedHeaders(secret, `msg_${row.deliveryId}`, text));
        }),
      );
      await Promise.all([mailing, posting]);
      return outcomes;
    },
  };
}

/** Records a group's outcomes in three statements; a permanent refusal marks the address bounced. */
async function record(rows: Row[], outcomes: Outcome[], report: BatchReport): Promise<void> {
  const sent = rows.filter((_, i) => outcomes[i]?.ok).map((r) => r.deliveryId);
  if (sent.length > 0) await db.update(subscriberDeliveries).set({ status: "sent", sentAt: new Date(), error: null }).where(inArray(subscriberDeliveries.id, sent));
  report.sent += sent.length;
  for (const [i, row] of rows.entries()) {
    const outcome = outcomes[i];
    if (!outcome || outcome.ok) continue;
    const status = outcome.permanent ? "bounced" : "failed";
    report[status] += 1;
    await db.update(subscriberDeliveries).set({ status, error: outcome.error }).where(eq(subscriberDeliveries.id, row.deliveryId));
    if (outcome.permanent) {
      await db
        .update(pageSubscribers)
        .set({ bouncedAt: sql`coalesce(${pageSubscribers.bouncedAt}, now())`, bounceReason: outcome.error.slice(0, 200) })
        .where(eq(pageSubscribers.id, row.subscriberId));
    }
  }
}
