import { describe, expect, it } from "vitest";
import { cameOverHttps, contentSecurityPolicy, newNonce, policyFor, securityHeaders } from "./security-headers";

const directives = (csp: string) => new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe("policyFor", () => {
  it.each([
    ["/checks", false, "app"],
    ["/signin", false, "app"],
    ["/", false, "app"],
    ["/status", false, "app"],
    ["/s/acme", false, "public"],
    ["/s/acme/history", false, "public"],
    ["/s/acme/private/incidents/1", false, "public"],
    ["/s/acme", true, "public"],
    ["/s/acme/checks", true, "public"],
    ["/s/acme/badge.svg", false, "embed"],
    ["/s/acme/components/0b5e/badge.svg", true, "embed"],
    ["/s/acme/api/v2/summary.json", false, "embed"],
    ["/s/acme/api/v2/incidents/unresolved.json", true, "embed"],
    ["/s/acme/history.atom", false, "embed"],
    ["/s/acme/history.rss", false, "embed"],
    ["/s/acme/widget.js", false, "embed"],
    ["/s/acme/embed", false, "framed"],
    ["/s/acme/embed", true, "framed"],
    ["/s/acme/lang/de/embed", false, "framed"],
    ["/s/acme/embed/x", false, "public"],
    ["/s/acme/lang/de", false, "public"],
  ] as const)("%s (custom domain: %s) is %s", (path, custom, policy) => {
    expect(policyFor(path, custom)).toBe(policy);
  });
});

describe("contentSecurityPolicy", () => {
  it("gives the dashboard a nonce with strict-dynamic, and forbids framing, plugins, base and foreign forms", () => {
    const csp = directives(contentSecurityPolicy("app", { nonce: "abc123" }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
  });

  it("gives status pages no nonce (they are cached HTML) but still no framing nor foreign scripts", () => {
    const csp = directives(contentSecurityPolicy("public", {}));
    expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
  });

  it("lets badges and the public JSON be embedded anywhere but run nothing", () => {
    const csp = directives(contentSecurityPolicy("embed", {}));
    expect(csp.has("frame-ancestors")).toBe(false);
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(securityHeaders("embed", { https: false })["x-frame-options"]).toBeUndefined();
  });

  it("lets any site frame the iframe embed, and only it", () => {
    const csp = directives(contentSecurityPolicy("framed", {}));
    expect(csp.get("frame-ancestors")).toEqual(["*"]);
    expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(securityHeaders("framed", { https: false })["x-frame-options"]).toBeUndefined();
    expect(securityHeaders("public", { https: false })["x-frame-options"]).toBe("DENY");
  });

  it("allows eval only in development, where React needs it", () => {
    expect(contentSecurityPolicy("app", { nonce: "n", dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("app", { nonce: "n" })).not.toContain("'unsafe-eval'");
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only over HTTPS, and nosniff and a referrer policy always", () => {
    expect(securityHeaders("app", { nonce: "n", https: true })["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    const plain = securityHeaders("public", { https: false });
    expect(plain["strict-transport-security"]).toBeUndefined();
    expect(plain).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin", "x-frame-options": "DENY" });
  });

  it("reads HTTPS from X-Forwarded-Proto's first hop or the URL", () => {
    expect(cameOverHttps("https")).toBe(true);
    expect(cameOverHttps("HTTPS, http")).toBe(true);
    expect(cameOverHttps("http, https")).toBe(false);
    expect(cameOverHttps(null, "https:")).toBe(true);
    expect(cameOverHttps(undefined, "http:")).toBe(false);
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from(newNonce(), "base64")).toHaveLength(16);
  });
});
