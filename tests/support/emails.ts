import { and, desc, eq } from "drizzle-orm";
import { emails } from "@/db/schema";
import { db } from "@/lib/db";

/** The messages queued for an address, newest first. */
export async function emailsTo(address: string, kind?: string) {
  return db
    .select()
    .from(emails)
    .where(kind ? and(eq(emails.toAddress, address), eq(emails.kind, kind)) : eq(emails.toAddress, address))
    .orderBy(desc(emails.createdAt));
}

/** The token of the newest verification link mailed to an address. */
export async function verificationTokenFor(address: string): Promise<string> {
  const [message] = await emailsTo(address, "verify_email");
  const token = message?.text.match(/\/verify-email\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no verification link mailed to ${address}`);
  return token;
}
