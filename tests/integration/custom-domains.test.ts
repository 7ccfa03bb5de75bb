import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as verifyEndpoint } from "@/app/api/domains/verify/route";
import { customDomains } from "@/db/schema";
import { checkDomainDns } from "@/lib/domains/dns-check";
import { db } from "@/lib/db";
import { forgetHost } from "@/lib/routing/custom-domain";
import { domainCheckCtx, verifyDomain } from "@/lib/services/domains/verify";
import { startDnsResponder } from "@/lib/checks/testing/dns-responder";
import { proxy } from "@/proxy";
import { createPageFixture } from "../support/status-page";

const hostFor = (label: string) => `${label}-${randomUUID().slice(0, 8)}.example.test`;

async function addDomain(pageId: string, hostname: string, verified: boolean) {
  const [domain] = await db
    .insert(customDomains)
    .values({ pageId, hostname, verificationToken: randomUUID().replace(/-/g, ""), verifiedAt: verified ? new Date() : null })
    .returning();
  forgetHost(hostname);
  return domain!;
}

function request(host: string, path: string, cookie?: string) {
  const headers = new Headers({ host });
  if (cookie) headers.set("cookie", cookie);
  return new NextRequest(`http://${host}${path}`, { headers });
}

const rewriteOf = (response: Response) => response.headers.get("x-middleware-rewrite");

describe("custom-domain routing by Host", () => {
  it("serves a verified domain's page at its root, and its API, feeds and sub-pages below it", async () => {
    const { page, slug } = await createPageFixture();
    const host = hostFor("status");
    await addDomain(page.id, host, true);
    // Page views go to their cached URL for the visitor's locale (English without Accept-Language).
    expect(rewriteOf(await proxy(request(host, "/")))).toBe(`http://${host}/s/${slug}/lang/en`);
    expect(rewriteOf(await proxy(request(`${host.toUpperCase()}:8080`, "/api/v2/summary.json")))).toBe(`http://${host}:8080/s/${slug}/api/v2/summary.json`);
    expect(rewriteOf(await proxy(request(host, "/history.rss?x=1")))).toBe(`http://${host}/s/${slug}/history.rss?x=1`);
    expect(rewriteOf(await proxy(request(host, `/s/${slug}/history`)))).toBe(`http://${host}/s/${slug}/lang/en/history`);
  });

  it("keeps the dashboard off a custom domain", async () => {
    const { page, slug } = await createPageFixture();
    const host = hostFor("status");
    await addDomain(page.id, host, true);
    expect(rewriteOf(await proxy(request(host, "/checks")))).toBe(`http://${host}/s/${slug}/checks`);
  });

  it("serves nothing special for an unverified or unknown domain", async () => {
    const { page } = await createPageFixture();
    const host = hostFor("pending");
    await addDomain(page.id, host, false);
    const response = await proxy(request(host, "/"));
    expect(rewriteOf(response)).toBeNull();
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(rewriteOf(await proxy(request(hostFor("unknown"), "/")))).toBeNull();
  });

  it("sends a visitor with a page's unlock cookie to the per-request view, on either host", async () => {
    const { page, slug } = await createPageFixture();
    const host = hostFor("private");
    await addDomain(page.id, host, true);
    const cookie = `pp_unlock_${slug}=anything`;
    expect(rewriteOf(await proxy(request("localhost:3000", `/s/${slug}/history`, cookie)))).toBe(`http://localhost:3000/s/${slug}/private/history`);
    expect(rewriteOf(await proxy(request(host, "/", cookie)))).toBe(`http://${host}/s/${slug}/private`);
    expect(rewriteOf(await proxy(request(host, "/api/v2/status.json", cookie)))).toBe(`http://${host}/s/${slug}/api/v2/status.json`);
  });

  it("still sends signed-out visitors of the dashboard to sign-in", async () => {
    const response = await proxy(request("localhost:3000", "/pages"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/signin?callbackUrl=%2Fpages");
  });

  it("keeps a visitor who opened 127.0.0.1 on that host, though Next names the request localhost", async () => {
    const seenByProxy = new NextRequest("http://localhost:3000/checks?x=1", { headers: { host: "127.0.0.1:3000" } });
    const location = (await proxy(seenByProxy)).headers.get("location")!;
    expect(location).toBe("http://127.0.0.1:3000/signin?callbackUrl=%2Fchecks%3Fx%3D1");
  });
});

describe("on-demand TLS ask endpoint", () => {
  it("answers 200 only for verified domains", async () => {
    const { page } = await createPageFixture();
    const verified = hostFor("ok");
    const pending = hostFor("pending");
    await addDomain(page.id, verified, true);
    await addDomain(page.id, pending, false);
    const ask = (domain: string) => verifyEndpoint(new Request(`http://web:3000/api/domains/verify?domain=${encodeURIComponent(domain)}`));
    expect((await ask(verified)).status).toBe(200);
    expect((await ask(verified.toUpperCase())).status).toBe(200);
    expect((await ask(pending)).status).toBe(404);
    expect((await ask(hostFor("unknown"))).status).toBe(404);
    expect((await ask("not a domain")).status).toBe(400);
  });
});

describe("DNS verification", () => {
  const zone: Parameters<typeof startDnsResponder>[0] = {};
  let dns: Awaited<ReturnType<typeof startDnsResponder>>;
  beforeAll(async () => {
    dns = await startDnsResponder(zone);
  });
  afterAll(() => dns.close());

  it("verifies a domain once its TXT token is published, and backs off while it is not", async () => {
    const { page } = await createPageFixture();
    const host = hostFor("dns");
    const domain = await addDomain(page.id, host, false);

    const first = await verifyDomain((await domainCheckCtx(domain.id))!, domain.id, new Date(), [dns.address]);
    expect(first).toEqual({ verified: false, error: expect.stringContaining(`_pingpage.${host}`) });
    const [afterFailure] = await db.select().from(customDomains).where(eq(customDomains.id, domain.id));
    expect(afterFailure).toMatchObject({ verifiedAt: null, failedAttempts: 1 });
    const job = await db.execute<{ run_at: Date }>(sql`select run_at from graphile_worker.jobs where key = ${`domain:${domain.id}`}`);
    const delay = new Date(job.rows[0]!.run_at).getTime() - afterFailure!.lastCheckedAt!.getTime();
    expect(delay).toBe(60_000);

    zone[`_pingpage.${host}`] = { TXT: [`pingpage-verify=${domain.verificationToken}`] };
    expect(await verifyDomain((await domainCheckCtx(domain.id))!, domain.id, new Date(), [dns.address])).toEqual({ verified: true, error: null });
    const [afterSuccess] = await db.select().from(customDomains).where(eq(customDomains.id, domain.id));
    expect(afterSuccess!.verifiedAt).not.toBeNull();
    expect(afterSuccess!.failedAttempts).toBe(0);
  });

  it("requires the domain to point at the app when a CNAME target is configured", async () => {
    const host = hostFor("cname");
    zone[`_pingpage.${host}`] = { TXT: ["pingpage-verify=abc"] };
    expect(await checkDomainDns(host, "abc", "pages.pingpage.test", [dns.address])).toEqual({ verified: false, error: expect.stringContaining("does not point at pages.pingpage.test") });
    zone[host] = { CNAME: ["pages.pingpage.test"] };
    expect(await checkDomainDns(host, "abc", "pages.pingpage.test", [dns.address])).toEqual({ verified: true, error: null });
    expect(await checkDomainDns(host, "wrong", "pages.pingpage.test", [dns.address])).toMatchObject({ verified: false });
  });
});
