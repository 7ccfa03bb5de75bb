import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customDomains } from "@/db/schema";
import { startDnsResponder } from "@/lib/checks/testing/dns-responder";
import { db } from "@/lib/db";
import { txtName, txtValue } from "@/lib/domains/dns-check";
import { ConflictError } from "@/lib/errors";
import { addDomain } from "@/lib/services/domains/manage";
import { domainCheckCtx, verifyDomain } from "@/lib/services/domains/verify";
import { createPageFixture } from "../support/status-page";

const hostFor = (label: string) => `${label}-${randomUUID().slice(0, 8)}.example.test`;
const DAY = 86_400_000;

const claimsOn = (hostname: string) => db.select().from(customDomains).where(eq(customDomains.hostname, hostname));
const jobsFor = async (ids: string[]) =>
  (await db.execute<{ key: string }>(sql`select key from graphile_worker.jobs where key = any(${`{${ids.map((id) => `domain:${id}`).join(",")}}`}::text[])`)).rows.map((r) => r.key);

describe("custom-domain claims", () => {
  const zone: Parameters<typeof startDnsResponder>[0] = {};
  let dns: Awaited<ReturnType<typeof startDnsResponder>>;
  beforeAll(async () => {
    dns = await startDnsResponder(zone);
  });
  afterAll(() => dns.close());

  it("lets several pages claim a hostname until one verifies it, which drops the others' claims", async () => {
    const squatter = await createPageFixture();
    const owner = await createPageFixture();
    const host = hostFor("claimed");
    const squatterClaim = await addDomain(squatter.ctx, squatter.page.id, host);
    const ownerClaim = await addDomain(owner.ctx, owner.page.id, host);
    expect(await claimsOn(host)).toHaveLength(2);

    const [row] = await db.select().from(customDomains).where(eq(customDomains.id, ownerClaim));
    zone[txtName(host)] = { TXT: [txtValue(row!.verificationToken)] };
    expect(await verifyDomain((await domainCheckCtx(ownerClaim))!, ownerClaim, new Date(), [dns.address])).toEqual({ verified: true, error: null });

    expect((await claimsOn(host)).map((c) => c.id)).toEqual([ownerClaim]);
    expect(await jobsFor([squatterClaim])).toEqual([]);
    await expect(addDomain(squatter.ctx, squatter.page.id, host)).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses the same hostname twice on one page", async () => {
    const { ctx, page } = await createPageFixture();
    const host = hostFor("twice");
    await addDomain(ctx, page.id, host);
    await expect(addDomain(ctx, page.id, host)).rejects.toThrow(/already added/);
  });

  it("expires an unverified claim after 7 days instead of checking it again", async () => {
    const { ctx, page } = await createPageFixture();
    const host = hostFor("lapsed");
    const id = await addDomain(ctx, page.id, host);
    const [row] = await db.select().from(customDomains).where(eq(customDomains.id, id));
    const expires = row!.claimExpiresAt!.getTime();
    expect(expires - row!.createdAt.getTime()).toBeGreaterThan(7 * DAY - 60_000);
    expect(expires - row!.createdAt.getTime()).toBeLessThan(7 * DAY + 60_000);

    expect(await verifyDomain((await domainCheckCtx(id))!, id, new Date(expires - 60_000), [dns.address])).toMatchObject({ verified: false });
    expect(await claimsOn(host)).toHaveLength(1);
    expect(await verifyDomain((await domainCheckCtx(id))!, id, new Date(expires + 1_000), [dns.address])).toBeNull();
    expect(await claimsOn(host)).toHaveLength(0);
  });

  it("drops another page's lapsed claim when the hostname is added again", async () => {
    const first = await createPageFixture();
    const second = await createPageFixture();
    const host = hostFor("reclaimed");
    const stale = await addDomain(first.ctx, first.page.id, host);
    await db.update(customDomains).set({ claimExpiresAt: new Date(Date.now() - 1_000) }).where(eq(customDomains.id, stale));
    const fresh = await addDomain(second.ctx, second.page.id, host);
    expect((await db.select({ id: customDomains.id }).from(customDomains).where(inArray(customDomains.id, [stale, fresh]))).map((r) => r.id)).toEqual([fresh]);
  });

  it("gives a verified domain whose record disappears a new week to prove it again", async () => {
    const { ctx, page } = await createPageFixture();
    const host = hostFor("gone");
    const id = await addDomain(ctx, page.id, host);
    const [row] = await db.select().from(customDomains).where(eq(customDomains.id, id));
    zone[txtName(host)] = { TXT: [txtValue(row!.verificationToken)] };
    await verifyDomain((await domainCheckCtx(id))!, id, new Date(), [dns.address]);
    expect((await claimsOn(host))[0]).toMatchObject({ claimExpiresAt: null });
    delete zone[txtName(host)];
    const later = new Date(Date.now() + 30 * DAY);
    expect(await verifyDomain((await domainCheckCtx(id))!, id, later, [dns.address])).toMatchObject({ verified: false });
    expect((await claimsOn(host))[0]!.claimExpiresAt!.getTime()).toBe(later.getTime() + 7 * DAY);
  });
});
