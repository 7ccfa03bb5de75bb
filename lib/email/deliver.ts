import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { emails } from "@/db/schema";
import { db } from "@/lib/db";
import { resolveMailTransport } from "./transport";
import type { MailTransport } from "./transports/types";

export type DeliveryAttempt = { attempt: number; maxAttempts: number };
export type DeliveryOutcome = "sent" | "already_sent" | "missing";

const maxErrorLength = 500;

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, maxErrorLength);
}

/**
 * Delivers one stored message. A message already sent is never sent again, so a retried job
 * (say, after the worker died between sending and recording) repeats nothing the reader sees.
 * A failure is recorded and rethrown for graphile-worker to retry; the last one marks it failed.
 */
export async function deliverEmail(
  emailId: string,
  { attempt, maxAttempts }: DeliveryAttempt,
  transport: () => Promise<MailTransport> = resolveMailTransport,
): Promise<DeliveryOutcome> {
  const [message] = await db.select().from(emails).where(eq(emails.id, emailId));
  if (!message) return "missing";
  if (message.status === "sent") return "already_sent";
  let via: MailTransport;
  try {
    via = await transport();
    await via.send({ to: message.toAddress, subject: message.subject, text: message.text, html: message.html, headers: message.headers });
  } catch (error) {
    await db
      .update(emails)
      .set({ attempts: sql`${emails.attempts} + 1`, lastError: describe(error), status: attempt >= maxAttempts ? "failed" : "queued" })
      .where(eq(emails.id, emailId));
    throw error;
  }
  await db
    .update(emails)
    .set({ status: "sent", transport: via.kind, sentAt: new Date(), attempts: sql`${emails.attempts} + 1`, lastError: null })
    .where(and(eq(emails.id, emailId), ne(emails.status, "sent")));
  return "sent";
}
