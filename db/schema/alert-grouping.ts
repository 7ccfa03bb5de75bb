import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { checks } from "./checks";
import { workspaces } from "./workspaces";

/**
 * A workspace's open grouping window (lib/alerts/grouping.ts): while `ends_at` is ahead, new
 * alerts are gathered into `alert_pending` and flushed together when it passes.
 */
export const alertWindows = pgTable("alert_windows", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
});

/** An alert waiting for its window's end, with the check as it was when it changed. */
export const alertPending = pgTable(
  "alert_pending",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    alertId: uuid("alert_id").notNull(),
    kind: text("kind").notNull(),
    channelIds: uuid("channel_ids").array().notNull(),
    /** The AlertCheck (lib/channels/message.ts) the message will list. */
    check: jsonb("check").notNull(),
    windowEndsAt: timestamp("window_ends_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("alert_pending_workspace_idx").on(t.workspaceId, t.windowEndsAt)],
);

/**
 * The acknowledge link of one message: it names every alert the message listed, so one tap
 * acknowledges a whole storm. Only the token's sha256 is kept.
 */
export const alertAckLinks = pgTable("alert_ack_links", {
  tokenHash: text("token_hash").primaryKey(),
  workspaceId: uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  alertIds: uuid("alert_ids").array().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Checks that opted out of every alert policy. */
export const alertOptOuts = pgTable(
  "alert_opt_outs",
  {
    checkId: uuid("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.checkId] })],
);
