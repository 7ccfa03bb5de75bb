import { index, integer, pgEnum, pgTable, primaryKey, real, timestamp, uuid } from "drizzle-orm/pg-core";
import { checks } from "./checks";

export const rollupResolution = pgEnum("rollup_resolution", ["minute", "hour", "day"]);

/**
 * Aggregates of check_runs per check and time bucket (UTC). Status pages and uptime figures read
 * these, never the raw runs: 90 days of 50 checks is 4,500 day rows.
 */
export const checkRollups = pgTable(
  "check_rollups",
  {
    checkId: uuid("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    resolution: rollupResolution("resolution").notNull(),
    bucketStart: timestamp("bucket_start", { withTimezone: true }).notNull(),
    runs: integer("runs").notNull(),
    successes: integer("successes").notNull(),
    latencySum: real("latency_sum").notNull().default(0),
    latencyMin: real("latency_min"),
    latencyMax: real("latency_max"),
    latencyP95: real("latency_p95"),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.resolution, t.bucketStart] }), index("check_rollups_bucket_idx").on(t.resolution, t.bucketStart)],
);
