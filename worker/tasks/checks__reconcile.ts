import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { sql } from "drizzle-orm";
import { probedTypes } from "@/lib/checks/registry";
import { db } from "@/lib/db";
import { textArray } from "@/lib/services/sql-arrays";

const probed = textArray(probedTypes);
const regionsOf = sql`unnest(case when cardinality(c.regions) = 0 then array['*'] else c.regions end)`;

/**
 * Safety net, every minute: every active probed check has a schedule row per region it runs in
 * and no other (a row lost to a restore from backup or edited by hand heals itself).
 */
export const checksReconcile: Task = async (raw, helpers) => {
  parseJobPayload("checks__reconcile", raw);
  const added = await db.execute(sql`
    insert into check_schedules (check_id, region, next_run_at)
    select c.id, r.region, date_trunc('milliseconds', now()) from checks c cross join lateral ${regionsOf} as r(region)
    where not c.paused and c.type::text = any(${probed})
    on conflict do nothing`);
  const removed = await db.execute(sql`
    delete from check_schedules s using checks c
    where c.id = s.check_id
      and (c.paused or c.type::text <> all(${probed}) or s.region <> all(array(select ${regionsOf})))`);
  if (added.rowCount || removed.rowCount) {
    helpers.logger.warn(`repaired schedules: ${added.rowCount ?? 0} added, ${removed.rowCount ?? 0} removed`);
  }
};
