import { BlockList, isIP } from "node:net";
import { lookup } from "node:dns/promises";
import { embeddedIpv4, ipv6Bytes, unbracket } from "./ip";

/** A target the guard refused; `message` is safe to show to the check's owner. */
export class BlockedTargetError extends Error {
  readonly code = "BLOCKED_TARGET";
}

/** The name could not be resolved at all (NXDOMAIN, no addresses, resolver failure). */
export class ResolveError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

type Rule = { reason: string; v4?: [string, number][]; v6?: [string, number][] };

// Order matters: the first matching rule names the reason, so narrow ranges come before wide ones.
const rules: Rule[] = [
  { reason: "a cloud metadata address", v4: [["169.254.169.254", 32], ["100.100.100.200", 32]], v6: [["fd00:ec2::254", 128]] },
  { reason: "a loopback address", v4: [["127.0.0.0", 8]], v6: [["::1", 128]] },
  { reason: "an unspecified address", v4: [["0.0.0.0", 8]], v6: [["::", 128]] },
  { reason: "a private address", v4: [["10.0.0.0", 8], ["172.16.0.0", 12], ["192.168.0.0", 16]] },
  { reason: "a private (unique-local) address", v6: [["fc00::", 7], ["fec0::", 10]] },
  { reason: "a carrier-grade NAT address", v4: [["100.64.0.0", 10]] },
  { reason: "a link-local address", v4: [["169.254.0.0", 16]], v6: [["fe80::", 10]] },
  { reason: "a multicast address", v4: [["224.0.0.0", 4]], v6: [["ff00::", 8]] },
  {
    reason: "a reserved address",
    v4: [["240.0.0.0", 4], ["192.0.0.0", 24], ["198.18.0.0", 15]],
    v6: [["100::", 64]],
  },
];

const compiled = rules.map((rule) => {
  const list = new BlockList();
  for (const [net, prefix] of rule.v4 ?? []) list.addSubnet(net, prefix, "ipv4");
  for (const [net, prefix] of rule.v6 ?? []) list.addSubnet(net, prefix, "ipv6");
  return { reason: rule.reason, list };
});

/** Why `address` may not be probed in hosted mode, or null when it is a public address. */
export function blockedReason(address: string): string | null {
  const bare = unbracket(address).replace(/%.*$/, "");
  const family = isIP(bare);
  if (family === 0) return "not an IP address";
  if (family === 6) {
    const bytes = ipv6Bytes(bare);
    if (!bytes) return "not an IP address";
    const v4 = embeddedIpv4(bytes);
    if (v4) {
      const inner = blockedReason(v4);
      if (inner) return `${inner} (${v4} inside an IPv6 address)`;
    }
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  return compiled.find((rule) => rule.list.check(bare, type))?.reason ?? null;
}

export type ResolvedTarget = { address: string; family: 4 | 6; dnsMs: number };

export type GuardOptions = { allowPrivateTargets: boolean; signal?: AbortSignal };

/**
 * Resolves `host` once and returns the address to connect to. Every address the name resolves to
 * is checked, and callers connect to the returned IP rather than the name, so a second DNS answer
 * (rebinding) cannot swap in an internal address after the check.
 */
export async function resolveTarget(host: string, options: GuardOptions): Promise<ResolvedTarget> {
  const bare = unbracket(host);
  const literal = isIP(bare);
  if (literal !== 0) {
    refuseIfBlocked(bare, [bare], options);
    return { address: bare, family: literal === 4 ? 4 : 6, dnsMs: 0 };
  }
  const started = performance.now();
  const addresses = await abortable(lookupAll(bare), options.signal);
  const dnsMs = performance.now() - started;
  refuseIfBlocked(bare, addresses.map((a) => a.address), options);
  const first = addresses[0];
  if (!first) throw new ResolveError(`${bare} has no addresses`, "ENODATA");
  return { address: first.address, family: first.family === 6 ? 6 : 4, dnsMs };
}

function refuseIfBlocked(host: string, addresses: string[], options: GuardOptions) {
  if (options.allowPrivateTargets) return;
  for (const address of addresses) {
    const reason = blockedReason(address);
    if (!reason) continue;
    throw new BlockedTargetError(
      host === address ? `refused: ${host} is ${reason}` : `refused: ${host} resolves to ${address}, ${reason}`,
    );
  }
}

async function lookupAll(host: string) {
  try {
    return await lookup(host, { all: true, verbatim: true });
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "EDNS";
    const why = code === "ENOTFOUND" ? "does not exist" : `could not be resolved (${code})`;
    throw new ResolveError(`${host} ${why}`, code);
  }
}

/** getaddrinfo cannot be cancelled, so a stuck lookup is abandoned rather than awaited. */
export function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
