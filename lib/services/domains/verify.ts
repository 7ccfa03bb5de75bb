import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { customDomains, pages } from "@/db/schema";
import { db } from "@/lib/db";
import { checkDomainDns } from "@/lib/domains/dns-check";
import { cnameTarget, env } from "@/lib/env";
import { domainTag, pageTag } from "@/lib/status-page/tags";
import { notifyTagsChanged } from "../status-page/notify";
import { recordAudit, systemSource } from "../audit/record";
import { nextCheckDelayMs, scheduleDomainCheck } from "./schedule";

const servers = () => (env.PINGPAGE_DNS_SERVERS ?? "").split(",").map((s) => s.trim()).filter(Boolean);

/**
 * Checks one domain's DNS, records the outcome, and queues its next check: soon with backoff
 * while unverified, every few hours once verified. A verified domain whose record disappears is
 * unverified again, and stops being served.
 */
export async function verifyDomain(domainId: string, now = new Date(), dnsServers = servers()): Promise<{ verified: boolean; error: string | null } | null> {
  const [domain] = await db.select().from(customDomains).where(eq(customDomains.id, domainId));
  if (!domain) return null;
  const result = await checkDomainDns(domain.hostname, domain.verificationToken, cnameTarget(), dnsServers);
  const failedAttempts = result.verified ? 0 : domain.failedAttempts + 1;
  await db.transaction(async (tx) => {
    await tx
      .update(customDomains)
      .set({
        verifiedAt: result.verified ? (domain.verifiedAt ?? now) : null,
        lastCheckedAt: now,
        lastError: result.error,
        failedAttempts,
      })
      .where(eq(customDomains.id, domainId));
    await scheduleDomainCheck(tx, domainId, new Date(now.getTime() + nextCheckDelayMs(result.verified, failedAttempts)));
    if (result.verified !== (domain.verifiedAt !== null)) {
      await notifyTagsChanged(tx, [domainTag(domain.hostname), pageTag(domain.pageId)]);
      const [page] = await tx.select({ workspaceId: pages.workspaceId }).from(pages).where(eq(pages.id, domain.pageId));
      const target = { type: "domain" as const, id: domainId, label: domain.hostname };
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
