import "server-only";
import { sql } from "drizzle-orm";
import type { ReactionTx } from "@/lib/events/react";
import { enqueue } from "@/lib/jobs/registry";
import { uuidArray } from "../sql-arrays";
import type { BuiltMessage } from "./messages/build";

/** Subscribers per delivery job: one job's worth of SMTP pool or webhook calls. */
export const DELIVERY_BATCH = 500;

/** Deliveries get a lower priority than reactions, so a big fan-out never delays a page refresh. */
const deliveryPriority = 2;

/**
 * Stores the message and one delivery row per subscriber who should get it, numbered into
 * batches, and queues a job per batch: all in the reaction's transaction, so a retried reaction
 * creates nothing twice. Returns how many deliveries were made.
 */
export async function fanOut(tx: ReactionTx, eventId: string, message: BuiltMessage): Promise<number> {
  const inserted = await tx.execute<{ id: string }>(sql`
    insert into subscriber_messages (page_id, event_id, kind, component_ids, payload)
    values (${message.pageId}, ${eventId}, ${message.payload.kind}, ${uuidArray(message.componentIds)}, ${JSON.stringify(message.payload)}::jsonb)
    on conflict (event_id, page_id) do nothing
    returning id`);
  const messageId = inserted.rows[0]?.id;
  if (!messageId) return 0;
  // A subscriber gets the message if it concerns the whole page (no components), if they chose the
  // whole page, or if one of their components or groups is among the message's.
  const batches = await tx.execute<{ batch: number; count: number }>(sql`
    with message as (select component_ids from subscriber_messages where id = ${messageId}),
    groups as (
      select coalesce(array_agg(distinct group_name) filter (where group_name is not null), '{}') as names
      from page_components where id = any((select component_ids from message))
    ),
    made as (
      insert into subscriber_deliveries (message_id, subscriber_id, batch)
      select ${messageId}, s.id, ((row_number() over (order by s.id)) - 1) / ${DELIVERY_BATCH}
      from page_subscribers s
      join pages p on p.id = s.page_id
      where s.page_id = ${message.pageId}
        and s.confirmed_at is not null and s.unsubscribed_at is null and s.bounced_at is null
        and s.channel = any(p.subscriber_channels)
        and (
          cardinality((select component_ids from message)) = 0
          or (s.component_ids is null and s.group_names is null)
          or s.component_ids && (select component_ids from message)
          or s.group_names && (select names from groups)
        )
      on conflict (message_id, subscriber_id) do nothing
      returning batch
    )
    select batch, count(*)::int as count from made group by batch order by batch`);
  for (const { batch } of batches.rows) {
    const key = `subscribers__deliver:${messageId}:${batch}`;
    await enqueue(tx, "subscribers__deliver", { messageId, batch }, { jobKey: key, priority: deliveryPriority, maxAttempts: 5 });
  }
  return batches.rows.reduce((sum, row) => sum + Number(row.count), 0);
}
