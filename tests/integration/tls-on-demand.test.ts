import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as askEndpoint } from "@/app/api/domains/verify/route";
import { customDomains } from "@/db/schema";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { proxy } from "@/proxy";
import { caddyInstalled, getOverTls, startCaddy, type Caddy } from "../support/caddy";
import { createPageFixture, uniqueSlug } from "../support/status-page";

const PAGES_DOMAIN = "pages.tls.test";
const installed = caddyInstalled();
if (!installed) console.warn("tls-on-demand.test.ts skipped: `caddy` is not installed (apt-get install -y caddy; .ci/run installs it)");

/**
 * The app's own answers behind Caddy: the ask endpoint, and for every other request the page that
 * proxy.ts routes it to (what Next would then render), so the test sees what Caddy forwarded.
 */
function startApp(): Promise<http.Server> {
  const server = http.createServer(async (incoming, outgoing) => {
    const url = new URL(incoming.url ?? "/", `http://${incoming.headers.host ?? "localhost"}`);
    const headers = new Headers(Object.entries(incoming.headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])) as [string, string][]);
    try {
      if (url.pathname === "/api/domains/verify") {
        const answer = await askEndpoint(new Request(url));
        outgoing.writeHead(answer.status).end(await answer.text());
        return;
      }
      const routed = await proxy(new NextRequest(url, { headers }));
      const rewrite = routed.headers.get("x-middleware-rewrite");
      outgoing.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ host: incoming.headers.host, page: rewrite ? new URL(rewrite).pathname : null }));
    } catch (error) {
      outgoing.writeHead(500).end(String(error));
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe.skipIf(!installed)("HTTPS through Caddy's on-demand TLS, asking Pingpage (issue 10)", () => {
  let app: http.Server;
  let caddy: Caddy;
  const before = env.PINGPAGE_PAGES_DOMAIN;

  beforeAll(async () => {
    env.PINGPAGE_PAGES_DOMAIN = PAGES_DOMAIN;
    app = await startApp();
    const upstream = `127.0.0.1:${(app.address() as AddressInfo).port}`;
    caddy = await startCaddy(upstream, `http://${upstream}/api/domains/verify`);
  }, 30_000);

  afterAll(async () => {
    env.PINGPAGE_PAGES_DOMAIN = before;
    await caddy?.stop();
    await new Promise((resolve) => app?.close(resolve));
  });

  it("serves a verified custom domain and a page host with certificates from Caddy's CA, and refuses an unverified domain one", async () => {
    const { page, slug } = await createPageFixture();
    const verified = `status-${randomUUID().slice(0, 8)}.example.test`;
    const unverified = `pending-${randomUUID().slice(0, 8)}.example.test`;
    await db.insert(customDomains).values([
      { pageId: page.id, hostname: verified, verificationToken: randomUUID(), verifiedAt: new Date() },
      { pageId: page.id, hostname: unverified, verificationToken: randomUUID() },
    ]);

    const onDomain = await getOverTls(caddy, verified, "/api/v2/summary.json");
    expect(onDomain).toMatchObject({ status: 200, issuer: expect.stringContaining("Caddy Local Authority") });
    expect(JSON.parse(onDomain.body)).toEqual({ host: verified, page: `/s/${slug}/api/v2/summary.json` });

    const onPageHost = await getOverTls(caddy, `${slug}.${PAGES_DOMAIN}`, "/");
    expect(onPageHost.status).toBe(200);
    expect(JSON.parse(onPageHost.body)).toEqual({ host: `${slug}.${PAGES_DOMAIN}`, page: `/s/${slug}/lang/en` });

    // No certificate: the TLS handshake itself fails, before any HTTP request.
    await expect(getOverTls(caddy, unverified, "/")).rejects.toThrow();
    await expect(getOverTls(caddy, `${uniqueSlug("nobody")}.${PAGES_DOMAIN}`, "/")).rejects.toThrow();
  });
});
