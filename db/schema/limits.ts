import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

/**
 * Fixed-window attempt counters ("sign-in:account:ann@example.com"). An attempt is counted by one
 * upsert before it is checked, so parallel attempts cannot all slip under the limit.
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    hits: integer("hits").notNull(),
    resetsAt: timestamp("resets_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("rate_limits_resets_at_idx").on(t.resetsAt)],
);

/** The operator's per-workspace overrides of the QUOTA_* defaults; a null column keeps the default. */
export const workspaceQuotas = pgTable("workspace_quotas", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  checks: integer("checks"),
  minIntervalSeconds: integer("min_interval_seconds"),
  pages: integer("pages"),
  members: integer("members"),
  regionsPerCheck: integer("regions_per_check"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
