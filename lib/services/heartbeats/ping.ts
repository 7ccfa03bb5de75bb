import "server-only";
import { and, eq, isNull, lte, not, or, sql } from "drizzle-orm";
import { checks } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError, RateLimitedError } from "@/lib/errors";
import type { HeartbeatToken } from "@/lib/schemas/heartbeat";
import { recordCheckRun } from "../checks/record-run";
import { hashHeartbeatToken } from "./token";

/** One recorded ping per check per second: a looping job cannot flood the runs table. */
const MIN_PING_GAP_MS = 1_000;

export type PingOutcome = "recorded" | "paused";

/**
 * A monitored job called its heartbeat URL: the check is up, and its next deadline counts from now.
 * The token is the only credential; an unknown one is a NotFoundError like any foreign id.
 */
export async function recordHeartbeatPing(token: HeartbeatToken, now = new Date()): Promise<PingOutcome> {
  const byToken = and(eq(checks.heartbeatTokenHash, hashHeartbeatToken(token)), eq(checks.type, "heartbeat"));
  const [pinged] = await db
    .update(checks)
    .set({ lastPingAt: now })
    .where(
      and(
        byToken,
        not(checks.paused),
        or(isNull(checks.lastPingAt), lte(checks.lastPingAt, sql`${new Date(now.getTime() - MIN_PING_GAP_MS).toISOString()}::timestamptz`)),
      ),
    )
    .returning({ id: checks.id });
  if (!pinged) {
    const [check] = await db.select({ paused: checks.paused }).from(checks).where(byToken);
    if (!check) throw new NotFoundError("Heartbeat");
    if (check.paused) return "paused";
    throw new RateLimitedError("Too many pings: at most one per second is recorded");
  }
  await recordCheckRun(pinged.id, { ok: true, latencyMs: 0, details: { source: "ping" } }, { region: "push", scheduledAt: now, startedAt: now });
  return "recorded";
}
