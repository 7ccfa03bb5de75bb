import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { customDomains, pages } from "@/db/schema";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isUnderPagesDomain } from "@/lib/routing/page-host";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertRole, type Ctx } from "../context";
import { recordAudit } from "../audit/record";
import { ownedPage } from "../pages/owned";
import { isUniqueViolation } from "../pg-errors";
import { emit } from "@/lib/events/emit";
import { newEvent } from "@/lib/events/types";
import { dropExpiredClaims } from "./claims";
import { scheduleDomainCheck, domainJobKey } from "./schedule";

export async function listDomains(ctx: Ctx, pageId: string) {
  await ownedPage(db, ctx, pageId);
  return db.select().from(customDomains).where(eq(customDomains.pageId, pageId)).orderBy(asc(customDomains.createdAt));
}

/**
 * Adds a domain with a fresh verification token and checks its DNS right away. Several pages may
 * claim one hostname until one of them proves it (see verify.ts); a hostname another page has
 * verified is refused, and lapsed claims on it are dropped first.
 */
export async function addDomain(ctx: Ctx, pageId: string, hostname: string): Promise<string> {
  assertRole(ctx, "admin");
  // Names under the pages domain are the pages' own hosts (lib/routing/page-host.ts), never a claim.
  if (isUnderPagesDomain(hostname, env.PINGPAGE_PAGES_DOMAIN)) {
    throw new ConflictError("That domain belongs to this Pingpage", { hostname: ["Pages are already served under this domain; use a domain of your own"] });
  }
  try {
    return await db.transaction(async (tx) => {
      await ownedPage(tx, ctx, pageId);
      await dropExpiredClaims(tx, hostname);
      const [verified] = await tx
        .select({ pageId: customDomains.pageId })
        .from(customDomains)
        .where(and(eq(customDomains.hostname, hostname), isNotNull(customDomains.verifiedAt)));
      if (verified) throw new ConflictError("That domain is already in use", { hostname: [verified.pageId === pageId ? "This page already serves that domain" : "That domain is already connected to another status page"] });
      const [domain] = await tx
        .insert(customDomains)
        .values({ pageId, hostname, verificationToken: randomBytes(16).toString("hex") })
        .returning({ id: customDomains.id });
      await scheduleDomainCheck(tx, domain!.id, new Date());
      await recordAudit(tx, ctx, { action: "domain.added", target: { type: "domain", id: domain!.id, label: hostname } });
      return domain!.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, "custom_domains_page_hostname_idx")) {
      throw new ConflictError("That domain is already added", { hostname: ["That domain is already added to this page"] });
    }
    throw error;
  }
}

async function ownedDomain(ctx: Ctx, domainId: string) {
  const [row] = await db
    .select({ id: customDomains.id, hostname: customDomains.hostname, pageId: customDomains.pageId })
    .from(customDomains)
    .innerJoin(pages, eq(pages.id, customDomains.pageId))
    .where(and(eq(customDomains.id, domainId), eq(pages.workspaceId, ctx.workspaceId)));
  if (!row) throw new NotFoundError("Domain");
  return row;
}

export async function requestDomainCheck(ctx: Ctx, domainId: string): Promise<void> {
  assertRole(ctx, "admin");
  const domain = await ownedDomain(ctx, domainId);
  await scheduleDomainCheck(db, domain.id, new Date());
}

/** Removes a domain; returns its id. */
export async function removeDomain(ctx: Ctx, domainId: string): Promise<string> {
  assertRole(ctx, "admin");
  const domain = await ownedDomain(ctx, domainId);
  await db.transaction(async (tx) => {
    await tx.delete(customDomains).where(eq(customDomains.id, domain.id));
    await recordAudit(tx, ctx, { action: "domain.removed", target: { type: "domain", id: domain.id, label: domain.hostname } });
    await tx.execute(sql`select graphile_worker.remove_job(${domainJobKey(domain.id)})`);
    await emit(tx, newEvent("page.changed", { pageId: domain.pageId, workspaceId: ctx.workspaceId, hostnames: [domain.hostname] }));
  });
  return domain.id;
}
