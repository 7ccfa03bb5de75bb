import { describe, expect, it } from "vitest";
import { FILL_HEADER, MAX_FRESH_MS, STALE_RETRY_MS, acceptsGzip, cacheTargetOf, freshForMs } from "./html-cache-rules";

const get = (url: string, headers: Record<string, string> = {}, method = "GET") => cacheTargetOf({ method, url, headers: { host: "Status.Example.com", ...headers } });

describe("which requests the HTML cache may answer", () => {
  it("keys a plain visit, GET or HEAD, by host and URL", () => {
    expect(get("/s/acme")).toEqual({ key: "en status.example.com/s/acme", host: "status.example.com", path: "/s/acme", locale: "en" });
    expect(get("/", {}, "HEAD")?.key).toBe("en status.example.com/");
    expect(get("/s/acme?utm=x")?.key).toBe("en status.example.com/s/acme?utm=x");
  });

  it("keeps one copy per visitor locale, as public pages speak the visitor's language", () => {
    expect(get("/s/acme", { "accept-language": "de-DE,de;q=0.9,en;q=0.8" })).toMatchObject({ key: "de status.example.com/s/acme", locale: "de" });
    expect(get("/s/acme", { "accept-language": "de-AT" })?.key).toBe("de status.example.com/s/acme");
    expect(get("/s/acme", { "accept-language": "ja" })?.key).toBe("ja status.example.com/s/acme");
    expect(get("/s/acme", { "accept-language": "nl" })?.key).toBe("en status.example.com/s/acme");
  });

  it("leaves to Next other methods, RSC and router requests, credentials and its own refills", () => {
    expect(get("/s/acme", {}, "POST")).toBeNull();
    expect(get("/s/acme", { rsc: "1" })).toBeNull();
    expect(get("/s/acme", { "next-router-prefetch": "1" })).toBeNull();
    expect(get("/s/acme", { "next-action": "abc" })).toBeNull();
    expect(get("/s/acme?_rsc=1x2y")).toBeNull();
    expect(get("/s/acme", { authorization: "Bearer x" })).toBeNull();
    expect(get("/s/acme", { "x-middleware-subrequest": "proxy" })).toBeNull();
    expect(get("/s/acme", { [FILL_HEADER]: "1" })).toBeNull();
    expect(cacheTargetOf({ method: "GET", url: "/s/acme", headers: {} })).toBeNull();
  });

  it("leaves to Next a visitor who unlocked a protected page or is in draft mode, not one with other cookies", () => {
    expect(get("/s/acme", { cookie: "theme=dark; pp_unlock_acme=123.abc" })).toBeNull();
    expect(get("/", { cookie: "pp_unlock_other=1" })).toBeNull();
    expect(get("/s/acme", { cookie: "__prerender_bypass=1" })).toBeNull();
    expect(get("/s/acme", { cookie: "next-auth.session-token=abc" })?.key).toBe("en status.example.com/s/acme");
  });
});

describe("which answers of Next the HTML cache keeps", () => {
  const isr = { "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "HIT", "cache-control": "s-maxage=60, stale-while-revalidate=31535940" };

  it("keeps a page from Next's full-route cache for a few seconds at most, one being re-rendered for a second", () => {
    expect(freshForMs({ status: 200, headers: isr })).toBe(MAX_FRESH_MS);
    expect(freshForMs({ status: 200, headers: { ...isr, "x-nextjs-cache": "MISS", "cache-control": "s-maxage=2" } })).toBe(2_000);
    expect(freshForMs({ status: 200, headers: { ...isr, "x-nextjs-cache": "STALE" } })).toBe(STALE_RETRY_MS);
  });

  it("keeps nothing rendered per request, personal, failed or not HTML", () => {
    expect(freshForMs({ status: 200, headers: { ...isr, "x-nextjs-cache": undefined } })).toBeNull();
    expect(freshForMs({ status: 200, headers: { ...isr, "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" } })).toBeNull();
    expect(freshForMs({ status: 200, headers: { ...isr, "set-cookie": ["a=b"] } })).toBeNull();
    expect(freshForMs({ status: 404, headers: isr })).toBeNull();
    expect(freshForMs({ status: 200, headers: { ...isr, "content-type": "application/json" } })).toBeNull();
    expect(freshForMs({ status: 200, headers: { ...isr, "cache-control": "max-age=60" } })).toBeNull();
    expect(freshForMs({ status: 200, headers: { ...isr, "cache-control": "s-maxage=0" } })).toBeNull();
  });
});

describe("Accept-Encoding", () => {
  it("serves gzip only to clients that take it", () => {
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("br;q=1.0, GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("*;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
  });
});
