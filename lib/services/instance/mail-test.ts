import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { emails, users } from "@/db/schema";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue";
import { NotFoundError } from "@/lib/errors";
import { assertInstanceAdmin, type InstanceCtx } from "./admin";

const KIND = "mail_test";

/** Queues a test message to the admin's own address; the worker sends it like any other. */
export async function sendTestEmail(ctx: InstanceCtx): Promise<{ emailId: string }> {
  await assertInstanceAdmin(ctx);
  const [admin] = await db.select({ email: users.email }).from(users).where(eq(users.id, ctx.userId));
  if (!admin) throw new NotFoundError("User");
  return db.transaction((tx) =>
    enqueueEmail(tx, {
      to: admin.email,
      kind: KIND,
      subject: "Pingpage test e-mail",
      text: "This is a test e-mail from Pingpage. If you can read it, mail works.\n",
      html: "<p>This is a test e-mail from Pingpage. If you can read it, mail works.</p>",
    }),
  );
}

/** How the latest test message fared, for the settings page. */
export async function lastTestEmail(ctx: InstanceCtx) {
  await assertInstanceAdmin(ctx);
  const [latest] = await db
    .select({ id: emails.id, to: emails.toAddress, status: emails.status, transport: emails.transport, lastError: emails.lastError, createdAt: emails.createdAt, sentAt: emails.sentAt })
    .from(emails)
    .innerJoin(users, eq(users.id, ctx.userId))
    .where(and(eq(emails.kind, KIND), eq(emails.toAddress, users.email)))
    .orderBy(desc(emails.createdAt))
    .limit(1);
  return latest ?? null;
}
