import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { customDomains } from "@/db/schema";
import { db } from "@/lib/db";
import { forgetHost } from "@/lib/routing/custom-domain";
import { proxy } from "@/proxy";
import { createPageFixture } from "../support/status-page";

function request(host: string, path: string, headers: Record<string, string> = {}) {
  return new NextRequest(`http://${host}${path}`, { headers: { host, ...headers } });
}

const rewrittenTo = (response: Response) => {
  const target = response.headers.get("x-middleware-rewrite");
  return target ? new URL(target).pathname : null;
};
const csp = (response: Response) => response.headers.get("content-security-policy") ?? "";

describe("proxy.ts: public pages per visitor locale, and the embed", () => {
  it("sends each visitor to the cached view in their Accept-Language's locale", async () => {
    const { slug } = await createPageFixture();
    expect(rewrittenTo(await proxy(request("localhost:3000", `/s/${slug}`, { "accept-language": "de-DE,de;q=0.9,en;q=0.8" })))).toBe(`/s/${slug}/lang/de`);
    expect(rewrittenTo(await proxy(request("localhost:3000", `/s/${slug}/history`, { "accept-language": "ja" })))).toBe(`/s/${slug}/lang/ja/history`);
    const plain = await proxy(request("localhost:3000", `/s/${slug}`));
    expect(rewrittenTo(plain)).toBe(`/s/${slug}/lang/en`);
    expect(plain.headers.get("vary")).toBe("Accept-Language");
    expect(rewrittenTo(await proxy(request("localhost:3000", `/s/${slug}/api/v2/status.json`, { "accept-language": "de" })))).toBeNull();
  });

  it("still sends a visitor with an unlock cookie to the private view", async () => {
    const { slug } = await createPageFixture();
    const response = await proxy(request("localhost:3000", `/s/${slug}`, { "accept-language": "de", cookie: `pp_unlock_${slug}=1.sig` }));
    expect(rewrittenTo(response)).toBe(`/s/${slug}/private`);
  });

  it("lets any site frame the embed, and no other page of the page", async () => {
    const { slug } = await createPageFixture();
    const embed = await proxy(request("localhost:3000", `/s/${slug}/embed`, { "accept-language": "fr" }));
    expect(rewrittenTo(embed)).toBe(`/s/${slug}/lang/fr/embed`);
    expect(csp(embed)).toContain("frame-ancestors *");
    expect(embed.headers.get("x-frame-options")).toBeNull();
    const page = await proxy(request("localhost:3000", `/s/${slug}`));
    expect(csp(page)).toContain("frame-ancestors 'none'");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
  });

  it("does the same on a custom domain", async () => {
    const { page, slug } = await createPageFixture();
    const host = `status-${randomUUID().slice(0, 8)}.example.test`;
    await db.insert(customDomains).values({ pageId: page.id, hostname: host, verificationToken: randomUUID().replace(/-/g, ""), verifiedAt: new Date() });
    forgetHost(host);
    const root = await proxy(request(host, "/", { "accept-language": "es-MX" }));
    expect(rewrittenTo(root)).toBe(`/s/${slug}/lang/es`);
    expect(root.headers.get("vary")).toBe("Accept-Language");
    expect(rewrittenTo(await proxy(request(host, "/api/v2/status.json")))).toBe(`/s/${slug}/api/v2/status.json`);
    const embed = await proxy(request(host, "/embed", { "accept-language": "pt-BR" }));
    expect(rewrittenTo(embed)).toBe(`/s/${slug}/lang/pt/embed`);
    expect(csp(embed)).toContain("frame-ancestors *");
  });
});
