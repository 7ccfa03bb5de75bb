import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

export const emailStatuses = ["queued", "sent", "failed"] as const;
export type EmailStatus = (typeof emailStatuses)[number];
export const mailTransportKinds = ["smtp", "resend", "outbox"] as const;
export type MailTransportKind = (typeof mailTransportKinds)[number];

/**
 * One row per outgoing message, written in the transaction that decided to send it; the
 * `email__send` job delivers it. Rows delivered with transport "outbox" are the dev outbox.
 */
export const emails = pgTable(
  "emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    /** What the message is for, e.g. "verify_email", "password_reset", "invitation". */
    kind: text("kind").notNull(),
    status: text("status").$type<EmailStatus>().notNull().default("queued"),
    transport: text("transport").$type<MailTransportKind>(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** When the instance admin first opened it in the dev outbox: the unread count. */
    openedAt: timestamp("opened_at", { withTimezone: true }),
  },
  (t) => [
    check("emails_status_check", sql`${t.status} in ('queued', 'sent', 'failed')`),
    check("emails_transport_check", sql`${t.transport} in ('smtp', 'resend', 'outbox')`),
    index("emails_created_idx").on(t.createdAt),
    index("emails_outbox_unread_idx").on(t.createdAt).where(sql`${t.transport} = 'outbox' and ${t.openedAt} is null`),
  ],
);

/** Instance-wide mail settings, one row; environment variables take precedence over it. */
export const instanceSettings = pgTable(
  "instance_settings",
  {
    id: boolean("id").primaryKey().default(true),
    mailTransport: text("mail_transport").$type<"outbox" | "smtp">().notNull().default("outbox"),
    /** smtp:// or smtps:// URL without its password, which is kept sealed beside it. */
    smtpUrl: text("smtp_url"),
    smtpPasswordSealed: text("smtp_password_sealed"),
    mailFrom: text("mail_from"),
    /** Who may create an account: anyone, only holders of an invitation link, or nobody. */
    signupMode: text("signup_mode").$type<"open" | "invite_only" | "closed">().notNull().default("open"),
    /** Checks may target loopback and private networks; the ALLOW_PRIVATE_TARGETS variable wins. */
    allowPrivateTargets: boolean("allow_private_targets").notNull().default(false),
    /** Workspace limits replacing the QUOTA_* defaults; a missing key keeps the variable's value. */
    defaultQuotas: jsonb("default_quotas").$type<Partial<Record<"checks" | "minIntervalSeconds" | "pages" | "members" | "regionsPerCheck", number>>>(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("instance_settings_single_row", sql`${t.id}`),
    check("instance_settings_mail_transport_check", sql`${t.mailTransport} in ('outbox', 'smtp')`),
    check("instance_settings_signup_mode_check", sql`${t.signupMode} in ('open', 'invite_only', 'closed')`),
  ],
);
