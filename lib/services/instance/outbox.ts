import "server-only";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { emails } from "@/db/schema";
import { db } from "@/lib/db";
import { mailTransportKind } from "@/lib/email/transport";
import { NotFoundError } from "@/lib/errors";
import { assertInstanceAdmin, isInstanceAdmin, type InstanceCtx } from "./admin";

const inOutbox = eq(emails.transport, "outbox");

/** The latest messages that reached the dev outbox, newest first. */
export async function listOutbox(ctx: InstanceCtx, limit = 50) {
  await assertInstanceAdmin(ctx);
  return db
    .select({ id: emails.id, to: emails.toAddress, subject: emails.subject, kind: emails.kind, createdAt: emails.createdAt, openedAt: emails.openedAt })
    .from(emails)
    .where(inOutbox)
    .orderBy(desc(emails.createdAt), desc(emails.id))
    .limit(limit);
}

/** One outbox message in full; opening it marks it read. */
export async function openOutboxMessage(ctx: InstanceCtx, emailId: string) {
  await assertInstanceAdmin(ctx);
  const [message] = await db
    .update(emails)
    .set({ openedAt: sql`coalesce(${emails.openedAt}, now())` })
    .where(and(eq(emails.id, emailId), inOutbox))
    .returning({ id: emails.id, to: emails.toAddress, subject: emails.subject, kind: emails.kind, text: emails.text, html: emails.html, createdAt: emails.createdAt });
  if (!message) throw new NotFoundError("Message");
  return message;
}

/** The nav badge: unread outbox messages, for the instance admin while mail goes to the outbox. */
export async function unreadOutboxCount(userId: string): Promise<number | null> {
  if (!(await isInstanceAdmin(userId)) || (await mailTransportKind()) !== "outbox") return null;
  const [row] = await db.select({ unread: count() }).from(emails).where(and(inOutbox, isNull(emails.openedAt)));
  return row?.unread ?? 0;
}
