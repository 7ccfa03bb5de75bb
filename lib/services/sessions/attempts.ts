import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { sessionAttempts } from "@/db/schema";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";

const MAX_ATTEMPTS = 5;
const WINDOW = "15 minutes";

/**
 * Records an attempt at a secret from this session, then counts. The insert commits before the
 * count, so of N parallel attempts the k-th to commit sees at least k: no more than five pass.
 */
export async function recordSessionAttempt(sessionId: string, kind: "two_factor" | "password"): Promise<void> {
  await db.insert(sessionAttempts).values({ sessionId, kind });
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sessionAttempts)
    .where(and(eq(sessionAttempts.sessionId, sessionId), eq(sessionAttempts.kind, kind), gt(sessionAttempts.createdAt, sql`now() - interval '${sql.raw(WINDOW)}'`)));
  if ((row?.n ?? 0) > MAX_ATTEMPTS) throw new RateLimitedError(`Too many attempts. Try again in ${WINDOW}.`);
}
