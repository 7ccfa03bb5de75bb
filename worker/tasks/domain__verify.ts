import type { Task } from "graphile-worker";
import { z } from "zod";
import { verifyDomain } from "@/lib/services/domains/verify";

const payload = z.object({ domainId: z.string().uuid() });

/** Checks a custom domain's DNS records and queues its next check (see lib/services/domains). */
export const domainVerify: Task = async (raw, helpers) => {
  const { domainId } = payload.parse(raw);
  const result = await verifyDomain(domainId);
  if (result) helpers.logger.info(`domain ${domainId}: ${result.verified ? "verified" : result.error}`);
};
