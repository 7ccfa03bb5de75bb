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

const csp = (response: Response) => response.headers.get("content-security-policy") ?? "";

describe("security headers from proxy.ts (issue 7: CSP, frame-ancestors, HSTS)", () => {
  it("gives sign-in a fresh nonce, in the response and in the request Next renders with", async () => {
    const first = await proxy(request("localhost:3000", "/signin"));
    const second = await proxy(request("localhost:3000", "/signin"));
    const nonce = csp(first).match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp(second)).not.toContain(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp(first));
    expect(csp(first)).toContain("frame-ancestors 'none'");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("strict-transport-security")).toBeNull();
  });

  it("sends HSTS when the visitor came over HTTPS", async () => {
    const response = await proxy(request("localhost:3000", "/pages", { "x-forwarded-proto": "https" }));
    expect(response.status).toBe(307);
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("gives status pages a CSP without nonce, and badges and the JSON API none on framing", async () => {
    const { slug } = await createPageFixture();
    const page = await proxy(request("localhost:3000", `/s/${slug}`));
    expect(csp(page)).toContain("frame-ancestors 'none'");
    expect(csp(page)).not.toContain("nonce-");
    expect(page.headers.get("x-middleware-request-content-security-policy")).toBeNull();
    for (const path of [`/s/${slug}/badge.svg`, `/s/${slug}/api/v2/summary.json`, `/s/${slug}/history.rss`]) {
      const embed = await proxy(request("localhost:3000", path));
      expect(csp(embed)).not.toContain("frame-ancestors");
      expect(embed.headers.get("x-frame-options")).toBeNull();
    }
  });

  it("gives a custom domain the public page policy, and its badge the embed one", async () => {
    const { page } = await createPageFixture();
    const host = `status-${randomUUID().slice(0, 8)}.example.test`;
    await db.insert(customDomains).values({ pageId: page.id, hostname: host, verificationToken: randomUUID().replace(/-/g, ""), verifiedAt: new Date() });
    forgetHost(host);
    const root = await proxy(request(host, "/"));
    expect(csp(root)).toContain("frame-ancestors 'none'");
    expect(csp(root)).not.toContain("nonce-");
    expect(csp(await proxy(request(host, "/badge.svg")))).not.toContain("frame-ancestors");
  });
});
