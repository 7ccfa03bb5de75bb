import { describe, expect, it } from "vitest";
import { embeddedIpv4, ipv6Bytes } from "./ip";

const hex = (address: string) => Buffer.from(ipv6Bytes(address) ?? []).toString("hex");

describe("ipv6Bytes", () => {
  it("expands every notation to the same 16 bytes", () => {
    const expected = "20010db8000000000000000000000001";
    expect(hex("2001:db8::1")).toBe(expected);
    expect(hex("2001:0DB8:0:0:0:0:0:1")).toBe(expected);
    expect(hex("2001:db8::0.0.0.1")).toBe(expected);
    expect(hex("::")).toBe("0".repeat(32));
    expect(hex("fe80::1%eth0")).toBe("fe800000000000000000000000000001");
  });

  it("rejects what is not IPv6", () => {
    expect(ipv6Bytes("10.0.0.1")).toBeNull();
    expect(ipv6Bytes("2001:db8:::1")).toBeNull();
  });
});

describe("embeddedIpv4", () => {
  it.each([
    ["::ffff:10.0.0.1", "10.0.0.1"],
    ["::ffff:0a00:0001", "10.0.0.1"],
    ["::ffff:0:10.0.0.1", "10.0.0.1"],
    ["::10.0.0.1", "10.0.0.1"],
    ["64:ff9b::c0a8:1", "192.168.0.1"],
    ["2002:7f00:1::", "127.0.0.1"],
  ])("finds the IPv4 address in %s", (address, v4) => {
    expect(embeddedIpv4(ipv6Bytes(address) ?? new Uint8Array(16))).toBe(v4);
  });

  it("finds none in ordinary addresses", () => {
    expect(embeddedIpv4(ipv6Bytes("2606:4700::1111") ?? new Uint8Array(16))).toBeNull();
    expect(embeddedIpv4(ipv6Bytes("::1") ?? new Uint8Array(16))).toBeNull();
  });
});
