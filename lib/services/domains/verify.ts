import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { customDomains, pages } from "@/db/schema";
import { db } from "@/lib/db";
import { checkDomainDns, type DnsCheck } from "@/lib/domains/dns-check";
import { cnameTarget, env } from "@/lib/env";
import { domainTag, pageTag } from "@/lib/status-page/tags";
import { notifyTagsChanged } from "../status-page/notify";
import { isUniqueViolation } from "../pg-errors";
import { CLAIM_DAYS, dropRivalClaims } from "./claims";
import { recordAudit, systemSource } from "../audit/record";
import { nextCheckDelayMs, scheduleDomainCheck } from "./schedule";

const servers = () => (env.PINGPAGE_DNS_SERVERS ?? "").split(",").map((s) => s.trim()).filter(Boolean);

/**
 * Checks one domain's DNS, records the outcome, and queues its next check: soon with backoff
 * while unverified, every few hours once verified. A verified domain whose record disappears is
 * unverified again, stops being served, and has a week to prove it again. An unverified claim
 * past its week is dropped instead of checked; the first page to verify a hostname drops the
 * other pages' claims on it.
 */
export async function verifyDomain(domainId: string, now = new Date(), dnsServers = servers()): Promise<{ verified: boolean; error: string | null } | null> {
  const [domain] = await db.select().from(customDomains).where(eq(customDomains.id, domainId));
  if (!domain) return null;
  if (!domain.verifiedAt && domain.claimExpiresAt && domain.claimExpiresAt <= now) {
    await db.delete(customDomains).where(and(eq(customDomains.id, domainId), isNull(customDomains.verifiedAt)));
    return null;
  }
  const dns = await checkDomainDns(domain.hostname, domain.verificationToken, cnameTarget(), dnsServers);
  try {
    return await record(domain, dns, now);
  } catch (error) {
    if (!isUniqueViolation(error, "custom_domains_verified_hostname_idx")) throw error;
    return record(domain, { verified: false, error: "Another status page verified this domain first" }, now);
  }
}

type Domain = typeof customDomains.$inferSelect;

async function record(domain: Domain, result: DnsCheck, now: Date): Promise<DnsCheck> {
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
      await notifyTagsChanged(tx, [domainTag(domain.hostname), pageTag(domain.pageId)]);
      const [page] = await tx.select({ workspaceId: pages.workspaceId }).from(pages).where(eq(pages.id, domain.pageId));
      const target = { type: "domain" as const, id: domain.id, label: domain.hostname };
      if (page) await recordAudit(tx, systemSource(page.workspaceId), { action: result.verified ? "domain.verified" : "domain.unverified", target });
    }
  });
  return result;
}

/** For Caddy's on_demand_tls `ask`: only verified domains get a certificate. */
export async function isVerifiedDomain(hostname: string): Promise<boolean> {
  const [row] = await db
    .select({ id: customDomains.id })
    .from(customDomains)
    .where(and(eq(customDomains.hostname, hostname), isNotNull(customDomains.verifiedAt)));
  return !!row;
}
