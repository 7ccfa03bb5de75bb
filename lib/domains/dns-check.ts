import { Resolver } from "node:dns/promises";

export type DnsCheck = { verified: boolean; error: string | null };

export const txtName = (hostname: string) => `_pingpage.${hostname}`;
export const txtValue = (token: string) => `pingpage-verify=${token}`;

async function resolveOr<T>(work: Promise<T[]>): Promise<T[]> {
  try {
    return await work;
  } catch {
    return [];
  }
}

const bare = (name: string) => name.toLowerCase().replace(/\.$/, "");

/**
 * A domain is verified when `_pingpage.<domain>` has our TXT token (proof of control) and the
 * domain points at us: a CNAME to the target, or the same addresses (an apex with A records).
 * Without a public target (a laptop install) only the TXT record is required.
 */
export async function checkDomainDns(hostname: string, token: string, target: string | null, servers: string[] = []): Promise<DnsCheck> {
  const resolver = new Resolver({ timeout: 5_000, tries: 2 });
  if (servers.length) resolver.setServers(servers);
  const txt = (await resolveOr(resolver.resolveTxt(txtName(hostname)))).map((chunks) => chunks.join(""));
  if (!txt.includes(txtValue(token))) {
    return { verified: false, error: `TXT record ${txtName(hostname)} does not contain ${txtValue(token)} yet` };
  }
  if (!target) return { verified: true, error: null };
  const cnames = (await resolveOr(resolver.resolveCname(hostname))).map(bare);
  if (cnames.includes(bare(target))) return { verified: true, error: null };
  const [mine, theirs] = await Promise.all([resolveOr(resolver.resolve4(hostname)), resolveOr(resolver.resolve4(target))]);
  if (mine.length > 0 && mine.every((a) => theirs.includes(a))) return { verified: true, error: null };
  return { verified: false, error: `${hostname} does not point at ${target} yet (add a CNAME record)` };
}
