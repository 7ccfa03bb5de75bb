import "server-only";
import { sql } from "drizzle-orm";
import { evaluateHeartbeat } from "@/lib/checks/heartbeat";
import { db } from "@/lib/db";
import { heartbeatConfig } from "@/lib/schemas/check-config";
import { recordCheckRun } from "../checks/record-run";

type Row = { id: string; config: unknown; last_ping_at: Date | null; active_since: Date; last_run_at: Date | null };

/**
 * Records a failed run for every heartbeat whose deadline (last ping, or activation, + period +
 * grace) has passed, then one more per period of silence: uptime is pings received over pings due.
 * Returns how many misses were recorded.
 */
export async function evaluateOverdueHeartbeats(now = new Date()): Promise<number> {
  const overdue = await db.execute<Row>(sql`
    select id, config, last_ping_at, active_since, last_run_at from checks
    where type = 'heartbeat' and not paused
      and greatest(last_ping_at, active_since)
        + make_interval(secs => (config->>'periodSeconds')::int + coalesce((config->>'graceSeconds')::int, 0))
        < ${now.toISOString()}::timestamptz`);
  let misses = 0;
  for (const check of overdue.rows) {
    const config = heartbeatConfig.safeParse(check.config);
    if (!config.success) continue;
    // Pings from before a pause do not count once the check is resumed.
    const lastPingAt = check.last_ping_at && check.last_ping_at >= check.active_since ? check.last_ping_at : null;
    const result = evaluateHeartbeat(config.data, { lastPingAt, expectedSince: check.active_since, now });
    if (result.ok) continue;
    const deadline = new Date(String(result.details?.deadline));
    const sinceLastRun = check.last_run_at ? now.getTime() - check.last_run_at.getTime() : Infinity;
    const missAlreadyRecorded = check.last_run_at !== null && check.last_run_at > deadline && sinceLastRun < config.data.periodSeconds * 1000;
    if (missAlreadyRecorded) continue;
    await recordCheckRun(check.id, result, { region: "push", scheduledAt: deadline, startedAt: now });
    misses += 1;
  }
  return misses;
}
