import { describe, expect, it } from "vitest";
import { BlockedTargetError, blockedReason, resolveTarget } from "./ssrf";

describe("blockedReason", () => {
  it.each([
    ["127.0.0.1", "a loopback address"],
    ["127.8.9.10", "a loopback address"],
    ["10.0.0.5", "a private address"],
    ["172.16.0.1", "a private address"],
    ["172.31.255.255", "a private address"],
    ["192.168.1.1", "a private address"],
    ["100.64.0.1", "a carrier-grade NAT address"],
    ["100.127.255.254", "a carrier-grade NAT address"],
    ["169.254.1.1", "a link-local address"],
    ["169.254.169.254", "a cloud metadata address"],
    ["0.0.0.0", "an unspecified address"],
    ["0.1.2.3", "an unspecified address"],
    ["224.0.0.1", "a multicast address"],
    ["239.255.255.250", "a multicast address"],
    ["255.255.255.255", "a reserved address"],
    ["::1", "a loopback address"],
    ["::", "an unspecified address"],
    ["fe80::1", "a link-local address"],
    ["fe80::1%eth0", "a link-local address"],
    ["fc00::1", "a private (unique-local) address"],
    ["fd12:3456::1", "a private (unique-local) address"],
    ["fd00:ec2::254", "a cloud metadata address"],
    ["ff02::1", "a multicast address"],
    ["[::1]", "a loopback address"],
  ])("refuses %s as %s", (address, reason) => {
    expect(blockedReason(address)).toBe(reason);
  });

  it.each([
    ["::ffff:127.0.0.1", "a loopback address (127.0.0.1 inside an IPv6 address)"],
    ["::ffff:a00:5", "a private address (10.0.0.5 inside an IPv6 address)"],
    ["::ffff:169.254.169.254", "a cloud metadata address (169.254.169.254 inside an IPv6 address)"],
    ["64:ff9b::10.1.2.3", "a private address (10.1.2.3 inside an IPv6 address)"],
    ["2002:c0a8:0101::1", "a private address (192.168.1.1 inside an IPv6 address)"],
  ])("refuses the IPv4 address inside %s", (address, reason) => {
    expect(blockedReason(address)).toBe(reason);
  });

  it.each(["8.8.8.8", "1.1.1.1", "172.32.0.1", "100.63.255.255", "100.128.0.1", "169.253.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "2002:0808:0808::1"])(
    "lets the public address %s through",
    (address) => {
      expect(blockedReason(address)).toBeNull();
    },
  );
});

describe("resolveTarget", () => {
  const hosted = { allowPrivateTargets: false };

  it("refuses a private IP literal without resolving", async () => {
    await expect(resolveTarget("10.0.0.5", hosted)).rejects.toThrow(
      new BlockedTargetError("refused: 10.0.0.5 is a private address"),
    );
  });

  it("checks what a host name resolves to", async () => {
    const refusal = resolveTarget("localhost", hosted);
    await expect(refusal).rejects.toBeInstanceOf(BlockedTargetError);
    await expect(refusal).rejects.toThrow(/^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address$/);
  });

  it("returns the checked address to connect to when private targets are allowed", async () => {
    const target = await resolveTarget("localhost", { allowPrivateTargets: true });
    expect(["127.0.0.1", "::1"]).toContain(target.address);
    expect(target.dnsMs).toBeGreaterThanOrEqual(0);
  });

  it("lets a public literal through in hosted mode", async () => {
    await expect(resolveTarget("[2606:4700::1111]", hosted)).resolves.toMatchObject({ address: "2606:4700::1111", family: 6 });
  });

  it("reports a name that does not exist", async () => {
    await expect(resolveTarget("nothing-here.invalid", hosted)).rejects.toThrow("nothing-here.invalid does not exist");
  });
});
