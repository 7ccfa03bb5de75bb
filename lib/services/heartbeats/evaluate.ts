import "server-only";
import { and, eq, not, sql } from "drizzle-orm";
import { checks } from "@/db/schema";
import { evaluateHeartbeat } from "@/lib/checks/heartbeat/evaluate";
import { db } from "@/lib/db";
import { heartbeatConfig } from "@/lib/schemas/check-config";
import { recordCheckRun } from "../checks/record-run";

/**
 * Records a failed run for every heartbeat whose deadline (last ping, or activation, + period +
 * grace) has passed, then one more per period of silence: uptime is pings received over pings due.
 * Returns how many misses were recorded.
 */
export async function evaluateOverdueHeartbeats(now = new Date()): Promise<number> {
  // A coarse filter in SQL (grace taken as 0); evaluateHeartbeat below has the final word.
  const overdue = await db
    .select({ id: checks.id, config: checks.config, lastPingAt: checks.lastPingAt, activeSince: checks.activeSince, lastRunAt: checks.lastRunAt })
    .from(checks)
    .where(
      and(
        eq(checks.type, "heartbeat"),
        not(checks.paused),
        sql`greatest(${checks.lastPingAt}, ${checks.activeSince}) + make_interval(secs => (${checks.config}->>'periodSeconds')::int)
          < ${now.toISOString()}::timestamptz`,
      ),
    );
  let misses = 0;
  for (const check of overdue) {
    const config = heartbeatConfig.safeParse(check.config);
    if (!config.success) continue;
    // Pings from before a pause do not count once the check is resumed.
    const lastPingAt = check.lastPingAt && check.lastPingAt >= check.activeSince ? check.lastPingAt : null;
    const result = evaluateHeartbeat(config.data, { lastPingAt, expectedSince: check.activeSince, now });
    if (result.ok) continue;
    // Each miss stands for one expected call: the deadline, then one period later per further
    // miss. A slot already covered by a recorded run (this miss, from an earlier pass) is skipped.
    const period = config.data.periodSeconds * 1000;
    const deadline = (lastPingAt ?? check.activeSince).getTime() + (config.data.periodSeconds + config.data.graceSeconds) * 1000;
    const slot = new Date(deadline + Math.floor((now.getTime() - deadline) / period) * period);
    if (check.lastRunAt && check.lastRunAt >= slot) continue;
    await recordCheckRun(check.id, result, { region: "push", scheduledAt: slot, startedAt: now });
    misses += 1;
  }
  return misses;
}
