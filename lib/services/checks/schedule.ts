import "server-only";
import { sql } from "drizzle-orm";
import { anyRegion } from "@/db/schema";
import type { Database } from "@/lib/db";
import { textArray } from "../sql-arrays";

type Executor = Pick<Database, "execute">;

/** Workers LISTEN here and drop the slots they hold for a check that was edited, paused or deleted. */
export const checkChangedChannel = "pingpage_check_changed";

/** Types evaluated from stored state (heartbeat, composite) get no schedule: see lib/checks/registry.ts. */
export { isProbed } from "@/lib/checks/registry";

/** The schedule rows a check gets: one per pinned region, or one that any region may run. */
export function scheduleRegions(regions: string[]): string[] {
  return regions.length > 0 ? regions : [anyRegion];
}

/**
 * Makes the check due now in each of its regions, in the caller's transaction, so a check and its
 * schedule are committed together. Later slots follow its grid (pingpage_next_slot). Slots are
 * whole milliseconds, as JavaScript dates are, so a recorded run matches its slot exactly.
 */
export async function scheduleCheck(executor: Executor, checkId: string, regions: string[]): Promise<void> {
  const wanted = textArray(scheduleRegions(regions));
  await executor.execute(sql`delete from check_schedules where check_id = ${checkId} and region <> all(${wanted})`);
  await executor.execute(sql`
    insert into check_schedules (check_id, region, next_run_at)
    select ${checkId}, region, date_trunc('milliseconds', now()) from unnest(${wanted}) as region
    on conflict (check_id, region) do update set next_run_at = excluded.next_run_at`);
  await notifyCheckChanged(executor, checkId);
}

export async function unscheduleCheck(executor: Executor, checkId: string): Promise<void> {
  await executor.execute(sql`delete from check_schedules where check_id = ${checkId}`);
  await notifyCheckChanged(executor, checkId);
}

/** Sent at commit: workers cancel the check's claimed slots that have not started yet. */
async function notifyCheckChanged(executor: Executor, checkId: string): Promise<void> {
  await executor.execute(sql`select pg_notify(${checkChangedChannel}, ${checkId})`);
}
