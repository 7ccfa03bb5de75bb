import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { customDomains, pages } from "@/db/schema";
import { db } from "@/lib/db";
import { checkDomainDns, type DnsCheck } from "@/lib/domains/dns-check";
import { cnameTarget, env } from "@/lib/env";
import { emit } from "@/lib/events/emit";
import { newEvent } from "@/lib/events/types";
import { slugOfPageHost } from "@/lib/routing/page-host";
import { findPageBySlug } from "../status-page/find";
import { systemCtx, type Ctx } from "../context";
import { isUniqueViolation } from "../pg-errors";
import { CLAIM_DAYS, dropRivalClaims } from "./claims";
import { recordAudit } from "../audit/record";
import { nextCheckDelayMs, scheduleDomainCheck } from "./schedule";

const servers = () => (env.PINGPAGE_DNS_SERVERS ?? "").split(",").map((s) => s.trim()).filter(Boolean);

/**
 * Checks one domain's DNS, records the outcome, and queues its next check: soon with backoff
 * while unverified, every few hours once verified. A verified domain whose record disappears is
 * unverified again, stops being served, and has a week to prove it again. An unverified claim
 * past its week is dropped instead of checked; the first page to verify a hostname drops the
 * other pages' claims on it. Runs for the system (the scheduled check) or an admin of the page.
 */
export async function verifyDomain(ctx: Ctx, domainId: string, now = new Date(), dnsServers = servers()): Promise<DnsCheck | null> {
  const [row] = await db
    .select({ domain: customDomains })
    .from(customDomains)
    .innerJoin(pages, eq(pages.id, customDomains.pageId))
    .where(and(eq(customDomains.id, domainId), eq(pages.workspaceId, ctx.workspaceId)));
  const domain = row?.domain;
  if (!domain) return null;
  if (!domain.verifiedAt && domain.claimExpiresAt && domain.claimExpiresAt <= now) {
    await db.delete(customDomains).where(and(eq(customDomains.id, domainId), isNull(customDomains.verifiedAt)));
    return null;
  }
  const dns = await checkDomainDns(domain.hostname, domain.verificationToken, cnameTarget(), dnsServers);
  try {
    return await record(ctx, domain, dns, now);
  } catch (error) {
    if (!isUniqueViolation(error, "custom_domains_verified_hostname_idx")) throw error;
    return record(ctx, domain, { verified: false, error: "Another status page verified this domain first" }, now);
  }
}

type Domain = typeof customDomains.$inferSelect;

async function record(ctx: Ctx, domain: Domain, result: DnsCheck, now: Date): Promise<DnsCheck> {
  const failedAttempts = result.verified ? 0 : domain.failedAttempts + 1;
  const lapsed = !result.verified && domain.verifiedAt !== null;
  await db.transaction(async (tx) => {
    await tx
      .update(customDomains)
      .set({
        verifiedAt: result.verified ? (domain.verifiedAt ?? now) : null,
        claimExpiresAt: result.verified ? null : lapsed ? new Date(now.getTime() + CLAIM_DAYS * 86_400_000) : domain.claimExpiresAt,
        lastCheckedAt: now,
        lastError: result.error,
        failedAttempts,
      })
      .where(eq(customDomains.id, domain.id));
    if (result.verified) await dropRivalClaims(tx, domain.hostname, domain.id);
    await scheduleDomainCheck(tx, domain.id, new Date(now.getTime() + nextCheckDelayMs(result.verified, failedAttempts)));
    if (result.verified !== (domain.verifiedAt !== null)) {
      const target = { type: "domain" as const, id: domain.id, label: domain.hostname };
      await recordAudit(tx, ctx, { action: result.verified ? "domain.verified" : "domain.unverified", target });
      const facts = { pageId: domain.pageId, at: now };
      await emit(
        tx,
        result.verified
          ? newEvent("domain.verified", { ...facts, domainId: domain.id, hostname: domain.hostname })
          : newEvent("page.changed", { ...facts, workspaceId: ctx.workspaceId, hostnames: [domain.hostname] }),
      );
    }
  });
  return result;
}

/** The context the scheduled DNS check runs in: the system, in the domain's workspace. */
export async function domainCheckCtx(domainId: string): Promise<Ctx | null> {
  const [row] = await db
    .select({ workspaceId: pages.workspaceId })
    .from(customDomains)
    .innerJoin(pages, eq(pages.id, customDomains.pageId))
    .where(eq(customDomains.id, domainId));
  return row ? systemCtx(row.workspaceId, "scheduled DNS check") : null;
}

/**
 * For Caddy's on_demand_tls `ask`: only verified domains and the hosts of existing pages get a
 * certificate, so nobody can make the server request certificates for arbitrary names.
 */
export async function mayHaveCertificate(hostname: string): Promise<boolean> {
  const slug = slugOfPageHost(hostname, env.PINGPAGE_PAGES_DOMAIN);
  if (slug) return (await findPageBySlug(slug)) !== null;
  return isVerifiedDomain(hostname);
}

async function isVerifiedDomain(hostname: string): Promise<boolean> {
  const [row] = await db
    .select({ id: customDomains.id })
    .from(customDomains)
    .where(and(eq(customDomains.hostname, hostname), isNotNull(customDomains.verifiedAt)));
  return !!row;
}
