import { describe, expect, it } from "vitest";
import { isUnderPagesDomain, pageHostOf, slugOfPageHost } from "./page-host";

const domain = "status.example.net";

describe("page hosts (issue 10)", () => {
  it("reads the slug from a host one label under the pages domain", () => {
    expect(slugOfPageHost("acme.status.example.net", domain)).toBe("acme");
    expect(slugOfPageHost("acme-eu-2.status.example.net", domain)).toBe("acme-eu-2");
  });

  it("names no page for the domain itself, deeper names, other domains, reserved or malformed slugs", () => {
    for (const host of ["status.example.net", "a.b.status.example.net", "acme.example.net", "acmestatus.example.net", "www.status.example.net", "ab.status.example.net", "-x-.status.example.net"]) {
      expect(slugOfPageHost(host, domain), host).toBeNull();
    }
  });

  it("does nothing without a pages domain", () => {
    expect(slugOfPageHost("acme.status.example.net", undefined)).toBeNull();
    expect(pageHostOf("acme", undefined)).toBeNull();
    expect(isUnderPagesDomain("acme.status.example.net", undefined)).toBe(false);
  });

  it("tells which hostnames belong to the operator", () => {
    expect(pageHostOf("acme", domain)).toBe("acme.status.example.net");
    expect(isUnderPagesDomain("status.example.net", domain)).toBe(true);
    expect(isUnderPagesDomain("x.y.status.example.net", domain)).toBe(true);
    expect(isUnderPagesDomain("notstatus.example.net", domain)).toBe(false);
  });
});
