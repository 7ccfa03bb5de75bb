import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/locales";
import { HtmlCache } from "./html-cache";
import { htmlCacheFront } from "./html-cache-front";

/**
 * The front over a real HTTP server; behind it, in Next's place, a handler that answers like
 * Next does: pages from its full-route cache (per Host), /checks rendered per request.
 */
const cache = new HtmlCache();
const seenByNext: string[] = [];
const version = new Map<string, number>();
let server: http.Server;
let base: string;

function nextStandIn(request: IncomingMessage, response: ServerResponse) {
  const host = request.headers.host ?? "";
  seenByNext.push(`${request.method} ${host}${request.url}`);
  if (request.url === "/checks") {
    response.writeHead(200, { "content-type": "text/html", "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" });
    return response.end(`dynamic ${request.url}`);
  }
  // Like proxy.ts, it answers in the visitor's language.
  const html = `<p>${host} ${request.url} v${version.get(host) ?? 1} lang=${negotiateLocale(request.headers["accept-language"])} ☾ ${"x".repeat(2_000)}</p>`;
  // Headers one by one, as Next's sendRenderResult sets them.
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.setHeader("cache-control", "s-maxage=60, stale-while-revalidate=31535940");
  response.setHeader("vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
  response.setHeader("x-nextjs-cache", "HIT");
  response.end(request.method === "HEAD" ? undefined : html);
}

async function visit(path: string, headers: Record<string, string> = {}, method = "GET") {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    http.request(`${base}${path}`, { method, headers: { host: "status.example.com", ...headers } }, resolve).on("error", reject).end();
  });
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return { status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) };
}

/** Visits until the front answers from its copy (its refill runs in the background). */
async function visitUntilCached(path: string, headers: Record<string, string> = {}) {
  await expect.poll(async () => (await visit(path, headers)).headers["x-pingpage-cache"]).toBe("hit");
  return visit(path, headers);
}

beforeAll(async () => {
  server = http.createServer((request, response) => front(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  const front = htmlCacheFront(cache, nextStandIn, { hostname: "127.0.0.1", port });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("HTML cache in front of Next", () => {
  it("answers repeat visits from a copy of Next's answer, byte for byte and with its headers", async () => {
    const first = await visit("/s/acme");
    expect(first.headers["x-pingpage-cache"]).toBeUndefined();
    const cached = await visitUntilCached("/s/acme");
    expect(cached.body.equals(first.body)).toBe(true);
    expect(cached.headers).toMatchObject({ "content-type": "text/html; charset=utf-8", "cache-control": first.headers["cache-control"], vary: first.headers.vary });
    expect(cached.headers["content-length"]).toBe(String(first.body.length));
    const before = seenByNext.length;
    await visit("/s/acme");
    expect(seenByNext.length).toBe(before);
  });

  it("sends the public page's security headers on copies, with HSTS only to visitors over HTTPS", async () => {
    const plain = await visitUntilCached("/s/headers");
    expect(plain.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(plain.headers["content-security-policy"]).not.toContain("nonce-");
    expect(plain.headers["x-content-type-options"]).toBe("nosniff");
    expect(plain.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(plain.headers["strict-transport-security"]).toBeUndefined();
    const secure = await visit("/s/headers", { "x-forwarded-proto": "https" });
    expect(secure.headers["x-pingpage-cache"]).toBe("hit");
    expect(secure.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });

  it("lets copies of the iframe embed be framed, and no other page", async () => {
    for (const path of ["/s/acme/embed", "/embed"]) {
      const embed = await visitUntilCached(path);
      expect(embed.headers["content-security-policy"]).toContain("frame-ancestors *");
      expect(embed.headers["x-frame-options"]).toBeUndefined();
    }
    const page = await visitUntilCached("/s/acme/embedded");
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(page.headers["x-frame-options"]).toBe("DENY");
  });

  it("answers HEAD with the page's head and no body, and gzip to clients that take it", async () => {
    const plain = await visitUntilCached("/s/head");
    const head = await visit("/s/head", {}, "HEAD");
    expect(head.headers["x-pingpage-cache"]).toBe("hit");
    expect(head.headers["content-length"]).toBe(String(plain.body.length));
    expect(head.body.length).toBe(0);
    const zipped = await visit("/s/head", { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });

  it("keeps a copy per host, as custom domains are routed by Host", async () => {
    const one = await visitUntilCached("/", { host: "status.one.test" });
    const two = await visitUntilCached("/", { host: "status.two.test" });
    expect(one.body.toString()).toContain("status.one.test /");
    expect(two.body.toString()).toContain("status.two.test /");
  });

  it("never gives one visitor's language to another: a copy per negotiated locale", async () => {
    const german = await visitUntilCached("/s/lingo", { "accept-language": "de-DE,de;q=0.9,en;q=0.8" });
    expect(german.body.toString()).toContain("lang=de ");
    const english = await visit("/s/lingo", { "accept-language": "en-GB" });
    expect(english.body.toString()).not.toContain("lang=de");
    expect((await visitUntilCached("/s/lingo", { "accept-language": "en-GB" })).body.toString()).toContain("lang=en ");
    expect((await visitUntilCached("/s/lingo", { "accept-language": "ja" })).body.toString()).toContain("lang=ja ");
    expect((await visit("/s/lingo", { "accept-language": "de-CH" })).body.toString()).toContain("lang=de ");
  });

  it("sends visitors with an unlock cookie and RSC requests to Next every time", async () => {
    await visitUntilCached("/s/private");
    const visitors: Record<string, string>[] = [{ cookie: "pp_unlock_private=1.sig" }, { rsc: "1" }];
    for (const headers of visitors) {
      const before = seenByNext.length;
      const answer = await visit("/s/private", headers);
      expect(answer.headers["x-pingpage-cache"]).toBeUndefined();
      expect(seenByNext.slice(before)).toEqual(["GET status.example.com/s/private"]);
    }
  });

  it("never keeps a page Next renders per request", async () => {
    for (let i = 0; i < 3; i++) expect((await visit("/checks")).headers["x-pingpage-cache"]).toBeUndefined();
    expect(seenByNext.filter((line) => line === "GET status.example.com/checks")).toHaveLength(3);
  });

  it("serves the new page once purged", async () => {
    const host = { host: "status.purge.test" };
    expect((await visitUntilCached("/s/acme", host)).body.toString()).toContain("v1");
    version.set("status.purge.test", 2);
    expect((await visit("/s/acme", host)).body.toString()).toContain("v1");
    cache.purge();
    expect((await visit("/s/acme", host)).body.toString()).toContain("v2");
    expect((await visitUntilCached("/s/acme", host)).body.toString()).toContain("v2");
  });
});
