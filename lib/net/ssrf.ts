import { isIP } from "node:net";
import { unbracket } from "./ip";
import { lookupAddresses, ResolveError } from "./resolve";
import { blockedReason, specialAddress } from "./special-addresses";

export { abortable, ResolveError } from "./resolve";
export { blockedReason } from "./special-addresses";

/** A target the guard refused; `message` is safe to show to the check's owner. */
export class BlockedTargetError extends Error {
  readonly code = "BLOCKED_TARGET";
}

export type ResolvedTarget = { address: string; family: 4 | 6; dnsMs: number };

export type GuardOptions = {
  allowPrivateTargets: boolean;
  signal?: AbortSignal;
  /** DNS servers ("1.1.1.1:53") to resolve names through; the system resolver when absent. */
  dnsServers?: string[];
};

/**
 * Resolves `host` once and returns the address to connect to. Every address the name resolves to
 * is checked, and callers connect to the returned IP rather than the name, so a second DNS answer
 * (rebinding) cannot swap in an internal address after the check.
 */
export async function resolveTarget(host: string, options: GuardOptions): Promise<ResolvedTarget> {
  const bare = unbracket(host);
  const literal = isIP(bare);
  if (literal !== 0) {
    // The user typed this address, so naming it in the refusal tells them nothing new.
    const reason = options.allowPrivateTargets ? null : blockedReason(bare);
    if (reason) throw new BlockedTargetError(`refused: ${bare} is ${reason}`);
    return { address: bare, family: literal === 4 ? 4 : 6, dnsMs: 0 };
  }
  const started = performance.now();
  const addresses = await lookupAddresses(bare, options.dnsServers, options.signal);
  const dnsMs = performance.now() - started;
  if (!options.allowPrivateTargets) {
    for (const { address } of addresses) {
      const kind = specialAddress(address);
      // Only the kind: the address itself would map the internal network for whoever asks.
      if (kind) throw new BlockedTargetError(`refused: ${bare} resolves to ${kind.reason}`);
    }
  }
  const first = addresses[0];
  if (!first) throw new ResolveError(`${bare} has no addresses`, "ENODATA");
  return { address: first.address, family: first.family, dnsMs };
}
