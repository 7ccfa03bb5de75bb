import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * One row per reaction done: a task's effect and this row commit together, so a retried job sees
 * the row and repeats nothing. `event_at` and `done_at` give the reaction latency (bench/checks.ts).
 */
export const reactions = pgTable(
  "reactions",
  {
    eventId: uuid("event_id").notNull(),
    task: text("task").notNull(),
    eventAt: timestamp("event_at", { withTimezone: true }).notNull(),
    doneAt: timestamp("done_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.task] }), index("reactions_done_idx").on(t.doneAt)],
);
