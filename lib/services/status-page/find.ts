import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { customDomains, pages } from "@/db/schema";
import { db } from "@/lib/db";

export async function findPageIdBySlug(slug: string): Promise<string | null> {
  const [row] = await db.select({ id: pages.id }).from(pages).where(eq(pages.slug, slug.toLowerCase()));
  return row?.id ?? null;
}

/** The page a slug names, for its page host (lib/routing/page-host.ts). */
export async function findPageBySlug(slug: string): Promise<{ pageId: string; slug: string } | null> {
  const [row] = await db.select({ pageId: pages.id, slug: pages.slug }).from(pages).where(eq(pages.slug, slug.toLowerCase()));
  return row ?? null;
}

/** The page a verified custom domain serves; unverified domains serve nothing. */
export async function findPageByVerifiedDomain(hostname: string): Promise<{ pageId: string; slug: string } | null> {
  const [row] = await db
    .select({ pageId: pages.id, slug: pages.slug })
    .from(customDomains)
    .innerJoin(pages, eq(pages.id, customDomains.pageId))
    .where(and(eq(customDomains.hostname, hostname.toLowerCase()), isNotNull(customDomains.verifiedAt)));
  return row ?? null;
}

/** The password hash, for the unlock form only: it never enters a cache. */
export async function findPagePasswordHash(slug: string): Promise<{ id: string; passwordHash: string | null } | null> {
  const [row] = await db.select({ id: pages.id, passwordHash: pages.passwordHash }).from(pages).where(eq(pages.slug, slug.toLowerCase()));
  return row ?? null;
}
