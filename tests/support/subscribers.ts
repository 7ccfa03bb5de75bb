import { sql } from "drizzle-orm";
import { pageSubscribers } from "@/db/schema";
import { db } from "@/lib/db";
import { deliverBatch, type DeliveryOptions } from "@/lib/services/subscribers/deliver";
import { newManageToken, subscriberTargetHash } from "@/lib/services/subscribers/tokens";
import { runReactions } from "./reactions";

/**
 * Runs a page's reactions (the subscribers__announce among them), then every delivery batch
 * queued for the page's messages with these options, as a worker would. Returns the batches run.
 */
export async function runSubscriberDeliveries(pageId: string, options: DeliveryOptions = {}): Promise<number> {
  await runReactions(pageId);
  let ran = 0;
  for (;;) {
    const claimed = await db.execute<{ id: string; payload: { messageId: string; batch: number } }>(sql`
      update graphile_worker._private_jobs j set locked_at = now(), locked_by = 'test-subscribers', attempts = attempts + 1
      where j.id in (
        select j2.id from graphile_worker._private_jobs j2 join graphile_worker._private_tasks t on t.id = j2.task_id
        join subscriber_messages m on m.id = (j2.payload->>'messageId')::uuid
        where t.identifier = 'subscribers__deliver' and j2.locked_at is null and m.page_id = ${pageId}
        for update of j2 skip locked)
      returning j.id, j.payload`);
    if (claimed.rows.length === 0) return ran;
    for (const job of claimed.rows) {
      await deliverBatch(job.payload.messageId, job.payload.batch, options);
      await db.execute(sql`delete from graphile_worker._private_jobs where id = ${job.id}`);
      ran += 1;
    }
  }
}

/** Confirmed e-mail subscribers inserted directly, as a CSV import would leave them. */
export async function insertConfirmedSubscribers(pageId: string, addresses: string[]): Promise<void> {
  for (let i = 0; i < addresses.length; i += 1_000) {
    const rows = addresses.slice(i, i + 1_000).map((email) => {
      const { token: _token, ...manage } = newManageToken();
      return { pageId, channel: "email" as const, email, targetHash: subscriberTargetHash("email", email), ...manage, confirmedAt: new Date(), source: "import" as const };
    });
    await db.insert(pageSubscribers).values(rows);
  }
}
