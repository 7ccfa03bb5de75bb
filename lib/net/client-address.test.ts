import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressFromHeaders, clientAddressOf, normalizeAddress, parseTrustedProxies, withClientAddress } from "./client-address";

const none = parseTrustedProxies("");
const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.1, fd00::/8");

describe("normalizeAddress", () => {
  it("keeps bare literals and strips ports, brackets, zones and the IPv4-mapped prefix", () => {
    expect(normalizeAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeAddress("203.0.113.7:5555")).toBe("203.0.113.7");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("unknown")).toBeNull();
    expect(normalizeAddress("")).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("refuses an entry that is not an address or range, naming it", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8,nonsense")).toThrow(/"nonsense"/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies("10.0.0.0/8x")).toThrow();
  });
});

describe("clientAddressOf", () => {
  it("takes the socket peer and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddressOf("198.51.100.4", "1.2.3.4", none)).toBe("198.51.100.4");
    expect(clientAddressOf("::ffff:198.51.100.4", undefined, none)).toBe("198.51.100.4");
  });

  it("ignores X-Forwarded-For from an untrusted peer even when proxies are configured", () => {
    expect(clientAddressOf("198.51.100.4", "10.0.0.2, 1.2.3.4", proxies)).toBe("198.51.100.4");
  });

  it("walks from the right past trusted hops to the first untrusted address", () => {
    expect(clientAddressOf("10.0.0.5", "198.51.100.9", proxies)).toBe("198.51.100.9");
    expect(clientAddressOf("10.0.0.5", "198.51.100.9, 192.168.1.1, 10.1.2.3", proxies)).toBe("198.51.100.9");
    expect(clientAddressOf("fd00::5", ["2001:db8::7", "fd00::9"], proxies)).toBe("2001:db8::7");
  });

  it("does not believe addresses a client wrote left of the one its proxy saw", () => {
    // The client sent "X-Forwarded-For: 1.1.1.1, 10.0.0.9" hoping to be taken for 1.1.1.1 or a proxy.
    expect(clientAddressOf("10.0.0.5", "1.1.1.1, 10.0.0.9, 198.51.100.9", proxies)).toBe("198.51.100.9");
  });

  it("falls back to the last believable hop when a proxy passes on garbage", () => {
    expect(clientAddressOf("10.0.0.5", "evil, 10.0.0.7", proxies)).toBe("10.0.0.7");
    expect(clientAddressOf("10.0.0.5", undefined, proxies)).toBe("10.0.0.5");
  });
});

describe("withClientAddress", () => {
  it("overwrites a spoofed client-address header with the socket's address", async () => {
    const server = http.createServer(
      withClientAddress((request, response) => response.end(String(request.headers[CLIENT_ADDRESS_HEADER])), none),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { [CLIENT_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" } });
      expect(await response.text()).toBe("127.0.0.1");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("is what handlers read back, as a bare address or nothing", () => {
    expect(clientAddressFromHeaders(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddressFromHeaders({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7" })).toBe("203.0.113.7");
    expect(clientAddressFromHeaders(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBeNull();
  });
});
