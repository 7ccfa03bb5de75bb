import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { checks } from "./checks";

/** The region of a schedule row that any worker may run: the check is not pinned to regions. */
export const anyRegion = "*";

/**
 * The next slot of each probed check, one row per region it runs in (`*` when unpinned).
 * Claiming a slot advances `next_run_at` to the following one in the same statement, so a
 * slot is handed to exactly one worker.
 */
export const checkSchedules = pgTable(
  "check_schedules",
  {
    checkId: uuid("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    region: text("region").notNull(),
    nextRunAt: timestamp("next_run_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.region] }), index("check_schedules_due_idx").on(t.region, t.nextRunAt)],
);

/** Live worker processes. A row whose heartbeat is older than the liveness window is dead. */
export const schedulerWorkers = pgTable("scheduler_workers", {
  id: text("id").primaryKey(),
  region: text("region").notNull(),
  host: text("host").notNull(),
  pid: integer("pid").notNull(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }).notNull().defaultNow(),
  // graphile-worker's pool id: when the worker dies, its locked jobs are unlocked at once.
  jobPoolId: text("job_pool_id"),
});

/**
 * The slots one claim handed to one worker, kept until every one of them is recorded. When the
 * worker dies, another worker of the region takes the lease over and runs the unrecorded slots.
 */
export const schedulerLeases = pgTable(
  "scheduler_leases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workerId: text("worker_id").notNull(),
    region: text("region").notNull(),
    checkIds: uuid("check_ids").array().notNull(),
    regions: text("regions").array().notNull(),
    slots: timestamp("slots", { withTimezone: true }).array().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index("scheduler_leases_worker_idx").on(t.workerId)],
);
