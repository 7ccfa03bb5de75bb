import "server-only";
import { eq } from "drizzle-orm";
import { pages, pageSubscribers } from "@/db/schema";
import { db } from "@/lib/db";
import { hashSubscriberToken } from "./tokens";

/** Where a manage token's page lives (/s/<slug>/subscription/<token>), or null for an unknown token. */
export async function subscriptionManagePath(token: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: pages.slug })
    .from(pageSubscribers)
    .innerJoin(pages, eq(pages.id, pageSubscribers.pageId))
    .where(eq(pageSubscribers.manageTokenHash, hashSubscriberToken(token)));
  return row ? `/s/${row.slug}/subscription/${token}` : null;
}
