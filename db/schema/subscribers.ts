import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { pages } from "./pages";

export const subscriberChannels = ["email", "webhook", "slack"] as const;
export type SubscriberChannel = (typeof subscriberChannels)[number];
export const subscriberSources = ["form", "import"] as const;
export type SubscriberSource = (typeof subscriberSources)[number];

/**
 * A visitor told about a page's incidents and maintenance. E-mail addresses are kept in clear (the
 * owner lists and exports them); webhook and Slack URLs may carry their own secrets, so they are
 * sealed, and `target_hash` (sha256 of the normalised address or URL) keeps each unique per page.
 */
export const pageSubscribers = pgTable(
  "page_subscribers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pageId: uuid("page_id")
      .notNull()
      .references(() => pages.id, { onDelete: "cascade" }),
    channel: text("channel").$type<SubscriberChannel>().notNull(),
    /** Lower-cased e-mail address; null for webhook and Slack. */
    email: text("email"),
    /** Sealed webhook or Slack URL; null for e-mail. */
    urlSealed: text("url_sealed"),
    targetHash: text("target_hash").notNull(),
    /** Null: the whole page. Otherwise the chosen components and groups (by group name). */
    componentIds: uuid("component_ids").array(),
    groupNames: text("group_names").array(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    confirmTokenHash: text("confirm_token_hash"),
    confirmExpiresAt: timestamp("confirm_expires_at", { withTimezone: true }),
    /** Hash for looking a manage link up; the sealed token lets each message carry the link. */
    manageTokenHash: text("manage_token_hash").notNull(),
    manageTokenSealed: text("manage_token_sealed").notNull(),
    unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }),
    bouncedAt: timestamp("bounced_at", { withTimezone: true }),
    /** "bounce", "complaint" or the SMTP reply that refused the address. */
    bounceReason: text("bounce_reason"),
    source: text("source").$type<SubscriberSource>().notNull().default("form"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("page_subscribers_channel_check", sql`${t.channel} in ('email', 'webhook', 'slack')`),
    check("page_subscribers_source_check", sql`${t.source} in ('form', 'import')`),
    check("page_subscribers_target_check", sql`(${t.channel} = 'email') = (${t.email} is not null) and (${t.channel} = 'email') = (${t.urlSealed} is null)`),
    uniqueIndex("page_subscribers_target_idx").on(t.pageId, t.channel, t.targetHash),
    uniqueIndex("page_subscribers_manage_token_idx").on(t.manageTokenHash),
    index("page_subscribers_confirm_token_idx").on(t.confirmTokenHash),
    index("page_subscribers_email_idx").on(t.email),
    // Fan-out reads the active subscribers of one page.
    index("page_subscribers_active_idx").on(t.pageId).where(sql`${t.confirmedAt} is not null and ${t.unsubscribedAt} is null and ${t.bouncedAt} is null`),
  ],
);

export const subscriberMessageKinds = [
  "incident.created",
  "incident.updated",
  "incident.resolved",
  "maintenance.scheduled",
  "maintenance.started",
  "maintenance.completed",
  "component.status_changed",
] as const;
export type SubscriberMessageKind = (typeof subscriberMessageKinds)[number];

/**
 * One announcement to a page's subscribers, built once from the event that caused it (unique per
 * event and page, so a retried reaction builds nothing twice). `payload` is what every channel renders.
 */
export const subscriberMessages = pgTable(
  "subscriber_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pageId: uuid("page_id")
      .notNull()
      .references(() => pages.id, { onDelete: "cascade" }),
    eventId: uuid("event_id").notNull(),
    kind: text("kind").$type<SubscriberMessageKind>().notNull(),
    /** The components the message concerns: subscribers scoped to others do not get it. */
    componentIds: uuid("component_ids").array().notNull().default(sql`'{}'::uuid[]`),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("subscriber_messages_event_idx").on(t.eventId, t.pageId), index("subscriber_messages_page_idx").on(t.pageId, t.createdAt)],
);

export const subscriberDeliveryStatuses = ["pending", "sending", "sent", "failed", "bounced"] as const;
export type SubscriberDeliveryStatus = (typeof subscriberDeliveryStatuses)[number];

/**
 * One (message, subscriber) pair, unique: the row is marked "sending" before anything is sent, so
 * a retried or resumed fan-out never sends twice. A batch job (`batch`, 500 rows each) taken over
 * from a killed worker sends its "pending" rows; "sending" ones were maybe sent, so are not retried.
 */
export const subscriberDeliveries = pgTable(
  "subscriber_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    messageId: uuid("message_id")
      .notNull()
      .references(() => subscriberMessages.id, { onDelete: "cascade" }),
    subscriberId: uuid("subscriber_id")
      .notNull()
      .references(() => pageSubscribers.id, { onDelete: "cascade" }),
    status: text("status").$type<SubscriberDeliveryStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    batch: integer("batch").notNull().default(0),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    check("subscriber_deliveries_status_check", sql`${t.status} in ('pending', 'sending', 'sent', 'failed', 'bounced')`),
    uniqueIndex("subscriber_deliveries_pair_idx").on(t.messageId, t.subscriberId),
    index("subscriber_deliveries_batch_idx").on(t.messageId, t.batch),
    index("subscriber_deliveries_subscriber_idx").on(t.subscriberId),
  ],
);
