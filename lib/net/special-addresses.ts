import { BlockList, isIP } from "node:net";
import { embeddedIpv4, ipv6Bytes, unbracket } from "./ip";

/*
 * Addresses a hosted probe must not reach, after the IANA IPv4 and IPv6 Special-Purpose Address
 * Registries (reviewed 2026) plus the cloud metadata endpoints. The first matching rule names the
 * reason, so narrow ranges come before wide ones; a rule without a reason lets the address through.
 */
type Rule = { reason: string | null; v4?: [string, number][]; v6?: [string, number][]; revealsNothing?: true };

const rules: Rule[] = [
  {
    reason: "a cloud metadata address",
    // AWS, GCP, Azure, Oracle, DigitalOcean; Alibaba; Azure's WireServer; AWS over IPv6.
    v4: [["169.254.169.254", 32], ["100.100.100.200", 32], ["168.63.129.16", 32]],
    v6: [["fd00:ec2::254", 128]],
  },
  { reason: "a loopback address", v4: [["127.0.0.0", 8]], v6: [["::1", 128]] },
  { reason: "an unspecified address", v4: [["0.0.0.0", 8]], v6: [["::", 128]] },
  { reason: "a private address", v4: [["10.0.0.0", 8], ["172.16.0.0", 12], ["192.168.0.0", 16]] },
  { reason: "a private (unique-local) address", v6: [["fc00::", 7], ["fec0::", 10]] },
  { reason: "a carrier-grade NAT address", v4: [["100.64.0.0", 10]] },
  { reason: "a link-local address", v4: [["169.254.0.0", 16]], v6: [["fe80::", 10]] },
  { reason: "a multicast address", v4: [["224.0.0.0", 4]], v6: [["ff00::", 8]] },
  {
    reason: "a documentation address",
    revealsNothing: true,
    v4: [["192.0.2.0", 24], ["198.51.100.0", 24], ["203.0.113.0", 24]],
    v6: [["2001:db8::", 32], ["3fff::", 20]],
  },
  // Teredo hides the IPv4 address it reaches (XOR-ed) behind a relay: refuse it whole.
  { reason: "a Teredo tunnel address", v6: [["2001::", 32]] },
  // RFC 8215: translated to IPv4 by a local NAT64, at an operator-chosen position.
  { reason: "a local-use NAT64 address", v6: [["64:ff9b:1::", 48]] },
  {
    reason: "a reserved address",
    v4: [
      ["240.0.0.0", 4], // reserved, and 255.255.255.255 broadcast
      ["192.0.0.0", 24], // IETF protocol assignments
      ["198.18.0.0", 15], // benchmarking
      ["192.88.99.0", 24], // deprecated 6to4 relay anycast
    ],
    v6: [
      ["100::", 64], // discard-only
      ["100:0:0:1::", 64], // dummy prefix
      ["2001::", 23], // IETF protocol assignments, Teredo included
      ["5f00::", 16], // SRv6 SIDs
      ["::ffff:0:0:0", 96], // SIIT (IPv4-translated)
      ["::", 96], // IPv4-compatible, deprecated
    ],
  },
  // Reach the public IPv4 address they carry (a private one was refused above).
  { reason: null, v6: [["::ffff:0:0", 96], ["64:ff9b::", 96]] },
  // Outside 2000::/3 nothing is assigned for global unicast.
  { reason: "an unassigned address", v6: [["::", 3], ["4000::", 2], ["8000::", 1]] },
];

const compiled = rules.map((rule) => {
  const list = new BlockList();
  for (const [net, prefix] of rule.v4 ?? []) list.addSubnet(net, prefix, "ipv4");
  for (const [net, prefix] of rule.v6 ?? []) list.addSubnet(net, prefix, "ipv6");
  return { reason: rule.reason, list, revealsNothing: rule.revealsNothing ?? false };
});

/** `revealsNothing`: examples from the documentation ranges, which say nothing about a network. */
export type AddressKind = { reason: string; inside?: string; revealsNothing?: boolean };

/** Why `address` may not be probed in hosted mode, or null when it is a public address. */
export function specialAddress(address: string): AddressKind | null {
  const bare = unbracket(address).replace(/%.*$/, "");
  const family = isIP(bare);
  if (family === 0) return { reason: "not an IP address" };
  if (family === 6) {
    const bytes = ipv6Bytes(bare);
    if (!bytes) return { reason: "not an IP address" };
    const v4 = embeddedIpv4(bytes);
    const inner = v4 ? specialAddress(v4) : null;
    if (v4 && inner) return { ...inner, inside: v4 };
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  const rule = compiled.find((candidate) => candidate.list.check(bare, type));
  if (!rule?.reason) return null;
  return rule.revealsNothing ? { reason: rule.reason, revealsNothing: true } : { reason: rule.reason };
}

/** The reason as shown for an address the user typed, e.g. "a private address (10.0.0.5 inside an IPv6 address)". */
export function blockedReason(address: string): string | null {
  const kind = specialAddress(address);
  if (!kind) return null;
  return kind.inside ? `${kind.reason} (${kind.inside} inside an IPv6 address)` : kind.reason;
}
