import "server-only";
import { and, eq, isNull, lte, ne, sql } from "drizzle-orm";
import { customDomains } from "@/db/schema";
import type { Database } from "@/lib/db";
import { domainJobKey } from "./schedule";

type Executor = Pick<Database, "delete" | "execute">;

/** How long an unverified claim on a hostname lasts (the column's default sets it on insert). */
export const CLAIM_DAYS = 7;

async function dropClaims(executor: Executor, where: ReturnType<typeof and>): Promise<number> {
  const dropped = await executor.delete(customDomains).where(where).returning({ id: customDomains.id });
  for (const { id } of dropped) await executor.execute(sql`select graphile_worker.remove_job(${domainJobKey(id)})`);
  return dropped.length;
}

/** Unverified claims on a hostname whose week has passed: they no longer hold it for anyone. */
export function dropExpiredClaims(executor: Executor, hostname: string, now = new Date()): Promise<number> {
  return dropClaims(executor, and(eq(customDomains.hostname, hostname), isNull(customDomains.verifiedAt), lte(customDomains.claimExpiresAt, now)));
}

/** Once one page has proved a hostname, the other pages' pending claims on it are dropped. */
export function dropRivalClaims(executor: Executor, hostname: string, winnerId: string): Promise<number> {
  return dropClaims(executor, and(eq(customDomains.hostname, hostname), isNull(customDomains.verifiedAt), ne(customDomains.id, winnerId)));
}
