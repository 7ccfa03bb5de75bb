import "server-only";
import type { LookupFunction } from "node:net";
import { Agent, request } from "undici";
import { resolveTarget } from "./ssrf";

export type PostResult = { status: number };

/** A DNS lookup that refuses private and special addresses unless they are allowed. */
function guardedLookup(allowPrivateTargets: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolveTarget(hostname, { allowPrivateTargets }).then(
      (target) => {
        if (options.all) callback(null, [{ address: target.address, family: target.family }]);
        else callback(null, target.address, target.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, "", 0),
    );
  };
}

const agents = new Map<boolean, Agent>();

/** Keep-alive agents shared by a worker's deliveries, one per private-targets setting. */
function agentFor(allowPrivateTargets: boolean): Agent {
  let agent = agents.get(allowPrivateTargets);
  if (!agent) {
    agent = new Agent({ connect: { lookup: guardedLookup(allowPrivateTargets), timeout: 10_000 }, headersTimeout: 10_000, bodyTimeout: 10_000 });
    agents.set(allowPrivateTargets, agent);
  }
  return agent;
}

/**
 * POSTs JSON to a URL a visitor gave us: the name is resolved through the SSRF guard (every
 * address checked, the checked one dialled), no redirects are followed, the answer is discarded.
 */
export async function guardedPostJson(url: string, body: string, headers: Record<string, string>, options: { allowPrivateTargets: boolean; timeoutMs?: number }): Promise<PostResult> {
  const response = await request(url, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", "user-agent": "Pingpage-Subscriptions/1", ...headers },
    dispatcher: agentFor(options.allowPrivateTargets),
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  await response.body.dump();
  return { status: response.statusCode };
}
