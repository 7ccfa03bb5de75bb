import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { pages } from "@/db/schema";
import { openSecret, sealSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";

/**
 * The page's Standard Webhooks secret ("whsec_…"), made on first use. Two workers racing both
 * write only where none is set, then read back the one that won.
 */
export async function pageSigningSecret(pageId: string): Promise<string> {
  const read = async () => (await db.select({ sealed: pages.subscriberSigningSecret }).from(pages).where(eq(pages.id, pageId)))[0]?.sealed ?? null;
  const existing = await read();
  if (existing) return openSecret(existing);
  const fresh = `whsec_${randomBytes(32).toString("base64")}`;
  await db.update(pages).set({ subscriberSigningSecret: sealSecret(fresh) }).where(and(eq(pages.id, pageId), isNull(pages.subscriberSigningSecret)));
  const stored = await read();
  if (!stored) throw new Error(`page ${pageId} vanished while making its signing secret`);
  return openSecret(stored);
}

/**
 * Standard Webhooks headers for one delivery. `webhook-id` is the same on every attempt of one
 * (message, subscriber), so receivers can drop a repeat.
 */
export function signedHeaders(secret: string, webhookId: string, body: string, at = new Date()): Record<string, string> {
  const signature = new Webhook(secret).sign(webhookId, at, body);
  return { "webhook-id": webhookId, "webhook-timestamp": String(Math.floor(at.getTime() / 1000)), "webhook-signature": signature };
}
