import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { domainCheckCtx, verifyDomain } from "@/lib/services/domains/verify";

/** Checks a custom domain's DNS records and queues its next check (see lib/services/domains). */
export const domainVerify: Task = async (raw, helpers) => {
  const { domainId } = parseJobPayload("domain__verify", raw);
  const ctx = await domainCheckCtx(domainId);
  const result = ctx && (await verifyDomain(ctx, domainId));
  if (result) helpers.logger.info(`domain ${domainId}: ${result.verified ? "verified" : result.error}`);
};
