import "server-only";
import { enqueue, type JobExecutor } from "@/lib/jobs/registry";

export const domainJobKey = (domainId: string) => `domain:${domainId}`;

/** One pending DNS check per domain; a new request replaces the scheduled one. */
export async function scheduleDomainCheck(executor: JobExecutor, domainId: string, runAt: Date): Promise<void> {
  await enqueue(executor, "domain__verify", { domainId }, { runAt, jobKey: domainJobKey(domainId), jobKeyMode: "replace", maxAttempts: 3 });
}

/** Unverified: 1, 2, 4 … minutes, at most an hour apart. Verified: every 6 hours, to notice a removed record. */
export function nextCheckDelayMs(verified: boolean, failedAttempts: number): number {
  if (verified) return 6 * 3_600_000;
  return Math.min(60_000 * 2 ** Math.max(0, failedAttempts - 1), 3_600_000);
}
