import "server-only";
import { and, inArray, isNull } from "drizzle-orm";
import { pageSubscribers } from "@/db/schema";
import { db } from "@/lib/db";

/**
 * A mail provider reports an address bounced or complained: it stops receiving subscriber mail on
 * every page (the provider suppresses it anyway). Returns how many subscriptions were stopped.
 */
export async function recordBounce(addresses: string[], reason: "bounce" | "complaint"): Promise<number> {
  const emails = [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter(Boolean))];
  if (emails.length === 0) return 0;
  const stopped = await db
    .update(pageSubscribers)
    .set({ bouncedAt: new Date(), bounceReason: reason, updatedAt: new Date() })
    .where(and(inArray(pageSubscribers.email, emails), isNull(pageSubscribers.bouncedAt)));
  return stopped.rowCount ?? 0;
}
