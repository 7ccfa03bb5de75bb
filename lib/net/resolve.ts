import { lookup, Resolver } from "node:dns/promises";

/** The name could not be resolved at all (NXDOMAIN, no addresses, resolver failure). */
export class ResolveError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export type ResolvedAddress = { address: string; family: 4 | 6 };

/**
 * Every address of `host`: through the given DNS servers only, or through the system's resolver
 * (getaddrinfo: /etc/hosts, search domains, Docker's or the VPC's DNS) when there are none.
 */
export async function lookupAddresses(host: string, dnsServers: string[] | undefined, signal?: AbortSignal): Promise<ResolvedAddress[]> {
  if (!dnsServers || dnsServers.length === 0) return abortable(systemLookup(host), signal);
  const resolver = new Resolver({ timeout: 2_000, tries: 2 });
  resolver.setServers(dnsServers);
  const cancel = () => resolver.cancel();
  signal?.addEventListener("abort", cancel, { once: true });
  try {
    const [v4, v6] = await abortable(Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]), signal);
    const addresses: ResolvedAddress[] = [
      ...(v4.status === "fulfilled" ? v4.value.map((address) => ({ address, family: 4 as const })) : []),
      ...(v6.status === "fulfilled" ? v6.value.map((address) => ({ address, family: 6 as const })) : []),
    ];
    if (addresses.length > 0) return addresses;
    const codes = [v4, v6].map((answer) => (answer.status === "rejected" ? codeOf(answer.reason) : "ENODATA"));
    const code = codes.find((c) => c === "ENOTFOUND") ?? codes.find((c) => c !== "ENODATA") ?? "ENODATA";
    throw new ResolveError(`${host} ${explain(code)}`, code);
  } finally {
    signal?.removeEventListener("abort", cancel);
  }
}

async function systemLookup(host: string): Promise<ResolvedAddress[]> {
  try {
    const found = await lookup(host, { all: true, verbatim: true });
    return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  } catch (error) {
    const code = codeOf(error);
    throw new ResolveError(`${host} ${explain(code)}`, code);
  }
}

function codeOf(error: unknown): string {
  return error instanceof Error && "code" in error ? String(error.code) : "EDNS";
}

function explain(code: string): string {
  if (code === "ENOTFOUND") return "does not exist";
  if (code === "ENODATA") return "has no addresses";
  return `could not be resolved (${code})`;
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
