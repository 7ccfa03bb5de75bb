import "server-only";
import { and, desc, eq, isNull, ne } from "drizzle-orm";
import { userSessions } from "@/db/schema";
import { db, type Database } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/** The acting user and the session they act from. */
export type SessionCtx = { userId: string; sessionId: string };

type Executor = Pick<Database, "update">;

export type SessionSummary = {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
};

export async function listSessions(ctx: SessionCtx): Promise<SessionSummary[]> {
  const rows = await db
    .select({ id: userSessions.id, userAgent: userSessions.userAgent, ip: userSessions.ip, createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt })
    .from(userSessions)
    .where(and(eq(userSessions.userId, ctx.userId), isNull(userSessions.revokedAt)))
    .orderBy(desc(userSessions.lastSeenAt));
  return rows.map((row) => ({ ...row, current: row.id === ctx.sessionId }));
}

/** Signs one of the user's own browsers out; another user's session id is simply not found. */
export async function revokeSession(ctx: SessionCtx, sessionId: string): Promise<void> {
  const revoked = await db
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, ctx.userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  if (revoked.length === 0) throw new NotFoundError("Session");
}

/** Every session of the user but `keep` (all of them when `keep` is null); returns how many. */
export async function revokeUserSessions(executor: Executor, userId: string, keep: string | null): Promise<number> {
  const where = and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), keep ? ne(userSessions.id, keep) : undefined);
  const revoked = await executor.update(userSessions).set({ revokedAt: new Date() }).where(where).returning({ id: userSessions.id });
  return revoked.length;
}

export function revokeOtherSessions(ctx: SessionCtx): Promise<number> {
  return revokeUserSessions(db, ctx.userId, ctx.sessionId);
}
