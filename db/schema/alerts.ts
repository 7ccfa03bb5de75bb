import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { checks, outages } from "./checks";
import { workspaces } from "./workspaces";

/**
 * Where a workspace's alerts go: one row per Slack webhook, e-mail list, PagerDuty service...
 * `type` names a module in lib/channels/registry.ts, which parses `config` (never secret) and
 * `secrets` (the sealed JSON of the module's secret fields, write-only).
 */
export const alertChannels = pgTable(
  "alert_channels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    name: text("name").notNull(),
    config: jsonb("config").$type<Record<string, unknown>>().notNull().default({}),
    /** sealSecret(JSON.stringify(secrets)); null when the module has no secret fields. */
    secrets: text("secrets"),
    enabled: boolean("enabled").notNull().default(true),
    /** Why Pingpage switched the channel off itself (e.g. the endpoint answered 410 Gone). */
    disabledReason: text("disabled_reason"),
    /** Deliveries that failed in a row; a success resets it. */
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    /** Set when the channel is flagged as failing (lib/services/alerts/channel-health.ts). */
    failingSince: timestamp("failing_since", { withTimezone: true }),
    /** The first failure of the current run of failures: "failing for over an hour" counts from here. */
    firstFailureAt: timestamp("first_failure_at", { withTimezone: true }),
    lastError: text("last_error"),
    lastDeliveryAt: timestamp("last_delivery_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("alert_channels_workspace_idx").on(t.workspaceId),
    check("alert_channels_name_length", sql`char_length(${t.name}) between 1 and 80`),
  ],
);

/** One escalation step: if nobody acknowledged `afterMinutes` after the alert fired, notify these channels. */
export type EscalationStep = { afterMinutes: number; channelIds: string[] };

/** Which checks, which events, which channels. Semantics live in lib/services/alerts/policies. */
export const alertPolicies = pgTable(
  "alert_policies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    scope: text("scope").$type<"all" | "tags" | "checks">().notNull().default("all"),
    tagIds: uuid("tag_ids").array().notNull().default([]),
    checkIds: uuid("check_ids").array().notNull().default([]),
    /** Alert kinds (lib/channels/message.ts alertKinds, "test" aside) this policy sends. */
    events: text("events").array().notNull().default(["down", "recovered"]),
    delayMinutes: integer("delay_minutes").notNull().default(0),
    /** Null: no reminders. */
    reminderMinutes: integer("reminder_minutes"),
    reminderCap: integer("reminder_cap").notNull().default(0),
    escalation: jsonb("escalation").$type<EscalationStep[]>().notNull().default([]),
    channelIds: uuid("channel_ids").array().notNull().default([]),
    enabled: boolean("enabled").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("alert_policies_workspace_idx").on(t.workspaceId),
    check("alert_policies_scope_check", sql`${t.scope} in ('all', 'tags', 'checks')`),
  ],
);

export const alertStates = ["firing", "acknowledged", "resolved"] as const;
export type AlertState = (typeof alertStates)[number];

/**
 * One alerting episode of one check under one policy (an outage, a certificate nearing expiry...):
 * reminders, escalation and acknowledgement hang off it. `dedupKey` names the episode.
 */
export const alerts = pgTable(
  "alerts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    policyId: uuid("policy_id").references(() => alertPolicies.id, { onDelete: "set null" }),
    checkId: uuid("check_id").references(() => checks.id, { onDelete: "cascade" }),
    outageId: uuid("outage_id").references(() => outages.id, { onDelete: "set null" }),
    kind: text("kind").notNull(),
    dedupKey: text("dedup_key").notNull(),
    state: text("state").$type<AlertState>().notNull().default("firing"),
    /** Alerts gathered into one message during a storm share a group. */
    groupId: uuid("group_id"),
    firedAt: timestamp("fired_at", { withTimezone: true }).notNull().defaultNow(),
    acknowledgedBy: uuid("acknowledged_by").references(() => users.id, { onDelete: "set null" }),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    /** sha256 hex of the token in the message's acknowledge link. */
    ackTokenHash: text("ack_token_hash"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    remindersSent: integer("reminders_sent").notNull().default(0),
    escalationStep: integer("escalation_step").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("alerts_policy_dedup_idx").on(t.policyId, t.dedupKey),
    index("alerts_workspace_fired_idx").on(t.workspaceId, t.firedAt.desc()),
    index("alerts_check_fired_idx").on(t.checkId, t.firedAt.desc()),
    uniqueIndex("alerts_ack_token_idx").on(t.ackTokenHash),
    check("alerts_state_check", sql`${t.state} in ('firing', 'acknowledged', 'resolved')`),
  ],
);

export const deliveryStatuses = ["queued", "sending", "sent", "failed", "gave_up"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/**
 * One message to one channel. `idempotencyKey` is also the job key and the webhook-id the
 * receiver sees, so neither a second job nor a retry after a crash makes a second message.
 */
export const alertDeliveries = pgTable(
  "alert_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => alertChannels.id, { onDelete: "cascade" }),
    idempotencyKey: text("idempotency_key").notNull(),
    /** The AlertMessage kind, copied out of the payload for the history's filters. */
    kind: text("kind").notNull(),
    /** Checks the message names, for "history of this check". */
    checkIds: uuid("check_ids").array().notNull().default([]),
    alertIds: uuid("alert_ids").array().notNull().default([]),
    /** The AlertMessage as sent (lib/channels/message.ts): Replay sends it again. */
    payload: jsonb("payload").notNull(),
    status: text("status").$type<DeliveryStatus>().notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastStatusCode: integer("last_status_code"),
    latencyMs: real("latency_ms"),
    error: text("error"),
    /** The vendor's id for what we created (an Opsgenie request id, a Telegram message id). */
    externalId: text("external_id"),
    replayOf: uuid("replay_of"),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("alert_deliveries_idempotency_idx").on(t.idempotencyKey),
    index("alert_deliveries_channel_idx").on(t.channelId, t.createdAt.desc()),
    index("alert_deliveries_workspace_idx").on(t.workspaceId, t.createdAt.desc()),
    index("alert_deliveries_checks_idx").using("gin", t.checkIds),
    check("alert_deliveries_status_check", sql`${t.status} in ('queued', 'sending', 'sent', 'failed', 'gave_up')`),
  ],
);

/** One try of a delivery. A row still without `finishedAt` is a send whose worker died. */
export const alertDeliveryAttempts = pgTable(
  "alert_delivery_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    deliveryId: uuid("delivery_id")
      .notNull()
      .references(() => alertDeliveries.id, { onDelete: "cascade" }),
    attempt: integer("attempt").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    ok: boolean("ok"),
    statusCode: integer("status_code"),
    latencyMs: real("latency_ms"),
    error: text("error"),
  },
  (t) => [uniqueIndex("alert_delivery_attempts_idx").on(t.deliveryId, t.attempt)],
);
