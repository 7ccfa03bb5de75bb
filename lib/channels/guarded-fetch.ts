import { isIP, type LookupFunction } from "node:net";
import { Agent, fetch as undiciFetch } from "undici";
import { env } from "@/lib/env";
import { unbracket } from "@/lib/net/ip";
import { resolveTarget } from "@/lib/net/ssrf";
import type { GuardedFetch } from "./types";

/** Every alert request gives up after this long: a slow vendor must not hold a worker. */
export const SEND_TIMEOUT_MS = 15_000;

/**
 * Resolves through the SSRF guard and connects to the address it returns, so a name that
 * resolves to a private address, or re-resolves to one (rebinding), is refused.
 */
function guardedLookup(allowPrivateTargets: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolveTarget(hostname, { allowPrivateTargets }).then(
      ({ address, family }) => {
        if (options.all) callback(null, [{ address, family }]);
        else callback(null, address, family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, "", 0),
    );
  };
}

/** A fetch for channel modules; `allowPrivateTargets` is the instance's setting (self-hosted: true). */
export function createGuardedFetch(allowPrivateTargets: boolean, timeoutMs = SEND_TIMEOUT_MS): GuardedFetch {
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(allowPrivateTargets), timeout: timeoutMs } });
  return async (url, init = {}) => {
    // Node skips the lookup for an address literal, so the guard sees those here.
    const host = new URL(url).hostname;
    if (isIP(unbracket(host)) !== 0) await resolveTarget(host, { allowPrivateTargets });
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    // A redirect is answered as a failure: following it could lead past the guard's intent.
    const response = await undiciFetch(url, { ...(init as object), redirect: "manual", signal, dispatcher });
    return response as unknown as Response;
  };
}

/** Vendor name → base URL from ALERT_VENDOR_BASE_URLS, e.g. {"slack":"http://127.0.0.1:9000"}. */
export function vendorBaseUrls(): Record<string, string> {
  return env.ALERT_VENDOR_BASE_URLS;
}

/**
 * Swaps the configured base URL in for the vendor's own origin, keeping the path and query:
 * https://hooks.slack.com/services/X with slack=http://127.0.0.1:9000/slack gives
 * http://127.0.0.1:9000/slack/services/X.
 */
export function vendorUrl(bases: Record<string, string>, vendor: string, url: string): string {
  const base = bases[vendor];
  if (!base) return url;
  const original = new URL(url);
  return `${base.replace(/\/+$/, "")}${original.pathname}${original.search}`;
}
