import "server-only";
import { env } from "@/lib/env";
import { findPageBySlug, findPageByVerifiedDomain } from "@/lib/services/status-page/find";
import { slugOfPageHost } from "./page-host";

type Entry = { value: { pageId: string; slug: string } | null; expires: number };

/**
 * Host → page: a verified custom domain, or a page host (<slug>.PINGPAGE_PAGES_DOMAIN). Remembered per process for a few seconds so the proxy does not query on every
 * request; a newly verified domain is served within CACHE_MS, a removed one stops as fast.
 */
const CACHE_MS = 10_000;
const MAX_ENTRIES = 10_000;
const cache = new Map<string, Entry>();

export function hostnameOf(hostHeader: string | null): string | null {
  if (!hostHeader) return null;
  const host = hostHeader.trim().toLowerCase().replace(/:\d+$/, "").replace(/\.$/, "");
  return /^[a-z0-9.-]{1,253}$/.test(host) ? host : null;
}

/** Hosts that are never customers' domains: no dot (localhost, a compose service) or an IP address. */
function cannotBeCustom(hostname: string): boolean {
  return !hostname.includes(".") || /^[\d.]+$/.test(hostname);
}

export async function pageForHost(hostname: string, now = Date.now()): Promise<{ pageId: string; slug: string } | null> {
  if (cannotBeCustom(hostname)) return null;
  const hit = cache.get(hostname);
  if (hit && hit.expires > now) return hit.value;
  const slug = slugOfPageHost(hostname, env.PINGPAGE_PAGES_DOMAIN);
  const value = slug ? await findPageBySlug(slug) : await findPageByVerifiedDomain(hostname);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(hostname, { value, expires: now + CACHE_MS });
  return value;
}

/** For tests and for the process that just changed a domain. */
export function forgetHost(hostname: string): void {
  cache.delete(hostname);
}
