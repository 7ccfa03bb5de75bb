import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as askEndpoint } from "@/app/api/domains/verify/route";
import { customDomains } from "@/db/schema";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ConflictError } from "@/lib/errors";
import { forgetHost } from "@/lib/routing/custom-domain";
import { addDomain } from "@/lib/services/domains/manage";
import { proxy } from "@/proxy";
import { createPageFixture, uniqueSlug } from "../support/status-page";

const pageHost = (slug: string) => `${slug}.pages.example.test`;
const rewriteOf = (response: Response) => {
  const target = response.headers.get("x-middleware-rewrite");
  return target ? new URL(target).pathname + new URL(target).search : null;
};
const request = (host: string, path: string) => new NextRequest(`http://${host}${path}`, { headers: { host } });
const ask = (domain: string) => askEndpoint(new Request(`http://web:3000/api/domains/verify?domain=${encodeURIComponent(domain)}`));

describe("pages served at <slug>.PINGPAGE_PAGES_DOMAIN (issue 10)", () => {
  // lib/env parsed the environment when the database module was first imported, before this file.
  const before = env.PINGPAGE_PAGES_DOMAIN;
  beforeAll(() => {
    env.PINGPAGE_PAGES_DOMAIN = "pages.example.test";
  });
  afterAll(() => {
    env.PINGPAGE_PAGES_DOMAIN = before;
  });

  it("serves every page at the root of its own host, with the routes of a custom domain", async () => {
    const { slug } = await createPageFixture();
    const host = pageHost(slug);
    forgetHost(host);
    expect(rewriteOf(await proxy(request(host, "/")))).toBe(`/s/${slug}/lang/en`);
    expect(rewriteOf(await proxy(request(`${host.toUpperCase()}:443`, "/api/v2/summary.json")))).toBe(`/s/${slug}/api/v2/summary.json`);
    expect(rewriteOf(await proxy(request(host, "/history.rss?x=1")))).toBe(`/s/${slug}/history.rss?x=1`);
    // The dashboard is not reachable on a page host, as on a custom domain.
    expect(rewriteOf(await proxy(request(host, "/checks")))).toBe(`/s/${slug}/checks`);
    const root = await proxy(request(host, "/"));
    expect(root.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("serves nothing special for a slug no page has, the pages domain itself, or deeper names", async () => {
    for (const host of [pageHost(uniqueSlug("nobody")), "pages.example.test", `a.${pageHost(uniqueSlug())}`]) {
      forgetHost(host);
      const response = await proxy(request(host, "/"));
      expect(rewriteOf(response), host).toBeNull();
      expect(response.headers.get("x-middleware-next"), host).toBe("1");
    }
  });

  it("lets Caddy get certificates for existing pages' hosts only, and still for verified domains", async () => {
    const { page, slug } = await createPageFixture();
    expect((await ask(pageHost(slug))).status).toBe(200);
    expect((await ask(pageHost(slug).toUpperCase())).status).toBe(200);
    expect((await ask(pageHost(uniqueSlug("nobody")))).status).toBe(404);
    expect((await ask("pages.example.test")).status).toBe(404);
    expect((await ask(`x.${pageHost(slug)}`)).status).toBe(404);
    const verified = `status-${randomUUID().slice(0, 8)}.example.test`;
    await db.insert(customDomains).values({ pageId: page.id, hostname: verified, verificationToken: "t", verifiedAt: new Date() });
    expect((await ask(verified)).status).toBe(200);
  });

  it("refuses a custom domain under the pages domain, which would shadow another page's host", async () => {
    const { ctx, page } = await createPageFixture();
    await expect(addDomain(ctx, page.id, pageHost(uniqueSlug("other")))).rejects.toBeInstanceOf(ConflictError);
    await expect(addDomain(ctx, page.id, "pages.example.test")).rejects.toBeInstanceOf(ConflictError);
  });
});
