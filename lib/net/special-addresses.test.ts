import { describe, expect, it } from "vitest";
import { blockedReason, specialAddress } from "./special-addresses";

describe("blockedReason", () => {
  it.each([
    // IPv4 special-purpose registry
    ["0.0.0.0", "an unspecified address"],
    ["0.1.2.3", "an unspecified address"],
    ["10.0.0.5", "a private address"],
    ["100.64.0.1", "a carrier-grade NAT address"],
    ["100.127.255.254", "a carrier-grade NAT address"],
    ["127.0.0.1", "a loopback address"],
    ["127.8.9.10", "a loopback address"],
    ["169.254.1.1", "a link-local address"],
    ["172.16.0.1", "a private address"],
    ["172.31.255.255", "a private address"],
    ["192.0.0.8", "a reserved address"],
    ["192.0.0.170", "a reserved address"],
    ["192.0.2.1", "a documentation address"],
    ["192.88.99.1", "a reserved address"],
    ["192.168.1.1", "a private address"],
    ["198.18.0.1", "a reserved address"],
    ["198.19.255.255", "a reserved address"],
    ["198.51.100.7", "a documentation address"],
    ["203.0.113.9", "a documentation address"],
    ["224.0.0.1", "a multicast address"],
    ["239.255.255.250", "a multicast address"],
    ["240.0.0.1", "a reserved address"],
    ["255.255.255.255", "a reserved address"],
    // cloud metadata
    ["169.254.169.254", "a cloud metadata address"],
    ["100.100.100.200", "a cloud metadata address"],
    ["168.63.129.16", "a cloud metadata address"],
    ["fd00:ec2::254", "a cloud metadata address"],
    // IPv6 special-purpose registry
    ["::1", "a loopback address"],
    ["[::1]", "a loopback address"],
    ["::", "an unspecified address"],
    ["::ffff:0:808:808", "a reserved address"],
    ["::8.8.8.8", "a reserved address"],
    ["64:ff9b:1::1", "a local-use NAT64 address"],
    ["64:ff9b:1:ffff::8.8.8.8", "a local-use NAT64 address"],
    ["100::1", "a reserved address"],
    ["100:0:0:1::1", "a reserved address"],
    ["2001::1", "a Teredo tunnel address"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "a Teredo tunnel address"],
    ["2001:1::1", "a reserved address"], // the whole IETF block, its few anycast services too
    ["2001:2::1", "a reserved address"],
    ["2001:10::1", "a reserved address"],
    ["2001:20::1", "a reserved address"],
    ["2001:db8::1", "a documentation address"],
    ["3fff:1::1", "a documentation address"],
    ["5f00::1", "a reserved address"],
    ["fc00::1", "a private (unique-local) address"],
    ["fd12:3456::1", "a private (unique-local) address"],
    ["fec0::1", "a private (unique-local) address"],
    ["fe80::1", "a link-local address"],
    ["fe80::1%eth0", "a link-local address"],
    ["ff02::1", "a multicast address"],
    // outside 2000::/3 and not special: unassigned
    ["4000::1", "an unassigned address"],
    ["1000::1", "an unassigned address"],
    ["e000::1", "an unassigned address"],
    ["not-an-ip", "not an IP address"],
  ])("refuses %s as %s", (address, reason) => {
    expect(blockedReason(address)).toBe(reason);
  });

  it.each([
    ["::ffff:127.0.0.1", "a loopback address (127.0.0.1 inside an IPv6 address)"],
    ["::ffff:a00:5", "a private address (10.0.0.5 inside an IPv6 address)"],
    ["::ffff:169.254.169.254", "a cloud metadata address (169.254.169.254 inside an IPv6 address)"],
    ["::ffff:0:10.0.0.5", "a private address (10.0.0.5 inside an IPv6 address)"],
    ["::ffff:0:7f00:1", "a loopback address (127.0.0.1 inside an IPv6 address)"],
    ["::10.0.0.5", "a private address (10.0.0.5 inside an IPv6 address)"],
    ["64:ff9b::10.1.2.3", "a private address (10.1.2.3 inside an IPv6 address)"],
    ["64:ff9b::a9fe:a9fe", "a cloud metadata address (169.254.169.254 inside an IPv6 address)"],
    ["64:ff9b::127.0.0.1", "a loopback address (127.0.0.1 inside an IPv6 address)"],
    ["2002:c0a8:0101::1", "a private address (192.168.1.1 inside an IPv6 address)"],
    ["2002:7f00:1::", "a loopback address (127.0.0.1 inside an IPv6 address)"],
    ["2002:a9fe:a9fe::1", "a cloud metadata address (169.254.169.254 inside an IPv6 address)"],
  ])("refuses the IPv4 address inside %s", (address, reason) => {
    expect(blockedReason(address)).toBe(reason);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "172.32.0.1",
    "100.63.255.255",
    "100.128.0.1",
    "169.253.0.1",
    "192.0.1.1",
    "192.31.196.1",
    "2606:4700::1111",
    "2a00:1450:4001::200e",
    "::ffff:8.8.8.8",
    "64:ff9b::8.8.8.8",
    "2002:0808:0808::1",
  ])("lets the public address %s through", (address) => {
    expect(blockedReason(address)).toBeNull();
  });
});

describe("specialAddress", () => {
  it("keeps the embedded IPv4 address apart, so a redacted message can leave it out", () => {
    expect(specialAddress("64:ff9b::10.1.2.3")).toEqual({ reason: "a private address", inside: "10.1.2.3" });
    expect(specialAddress("10.1.2.3")).toEqual({ reason: "a private address" });
  });
});
