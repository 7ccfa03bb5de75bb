import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

export const checkType = pgEnum("check_type", ["http", "tcp", "dns", "tls", "ping", "heartbeat", "composite"]);
export const checkStatus = pgEnum("check_status", ["pending", "up", "degraded", "down", "paused"]);

export const checks = pgTable(
  "checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The name a config file (pingpage.yaml) gives the check, so a rename stays an update; unset for checks made in the dashboard. */
    key: text("key"),
    type: checkType("type").notNull(),
    /** Target, request options and expected outputs; shape validated by lib/schemas/check.ts per type. */
    config: jsonb("config").notNull(),
    intervalSeconds: integer("interval_seconds").notNull(),
    timeoutMs: integer("timeout_ms").notNull().default(10000),
    paused: boolean("paused").notNull().default(false),
    /** Regions whose workers run the check; empty means any one region per slot. */
    regions: text("regions").array().notNull().default([]),
    /** How many of the pinned regions must see the check down before it is called down. */
    quorum: integer("quorum").notNull().default(1),
    /** Per-region state of a pinned check: { [region]: { status, consecutiveFailures, consecutiveSuccesses } }. */
    regionStates: jsonb("region_states").notNull().default({}),
    failureThreshold: integer("failure_threshold").notNull().default(2),
    recoveryThreshold: integer("recovery_threshold").notNull().default(1),
    degradedThresholdMs: integer("degraded_threshold_ms"),
    /** The heartbeat URL's token, sealed (lib/crypto/secret-box.ts) so editors can see the URL again. */
    heartbeatToken: text("heartbeat_token"),
    /** sha256 of the token in hex: pings are matched by this, never by the token itself. */
    heartbeatTokenHash: text("heartbeat_token_hash"),
    /** The last ping a heartbeat check received (kept here: raw runs may be pruned before the next one). */
    lastPingAt: timestamp("last_ping_at", { withTimezone: true }),
    /** When the check was created or last resumed: a heartbeat's first deadline counts from here. */
    activeSince: timestamp("active_since", { withTimezone: true }).notNull().defaultNow(),
    status: checkStatus("status").notNull().default("pending"),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    consecutiveSuccesses: integer("consecutive_successes").notNull().default(0),
    lastRunAt: timestamp("last_run_at", { withTimezone: true }),
    lastLatencyMs: real("last_latency_ms"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("checks_workspace_idx").on(t.workspaceId),
    uniqueIndex("checks_workspace_key_idx").on(t.workspaceId, t.key),
    uniqueIndex("checks_heartbeat_token_hash_idx").on(t.heartbeatTokenHash),
    check("checks_quorum_positive", sql`${t.quorum} >= 1`),
  ],
);

/**
 * One row per probe: the raw time series. The check_runs_partitioning migration turns it into a table partitioned by day
 * on started_at (a hypertable when TimescaleDB is installed): any unique index must include started_at.
 */
export const checkRuns = pgTable(
  "check_runs",
  {
    checkId: uuid("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }),
    region: text("region").notNull().default("default"),
    ok: boolean("ok").notNull(),
    latencyMs: real("latency_ms"),
    statusCode: integer("status_code"),
    errorClass: text("error_class"),
    error: text("error"),
    timings: jsonb("timings"),
  },
  (t) => [index("check_runs_check_time_idx").on(t.checkId, t.startedAt.desc())],
);

/** A period during which a check was not up: opened and closed by state changes. */
export const outages = pgTable(
  "outages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    checkId: uuid("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    status: checkStatus("status").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    cause: text("cause"),
  },
  (t) => [index("outages_check_idx").on(t.checkId, t.startedAt.desc())],
);
