import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { checks } from "./checks";
import { workspaces } from "./workspaces";

export const pageTheme = pgEnum("page_theme", ["system", "light", "dark"]);
/** The public page's language: fixed, or "auto" for the visitor's browser (lib/i18n/locales.ts). */
export const pageLanguage = pgEnum("page_language", ["auto", "en", "de", "fr", "es", "pt", "ja"]);
/** What a failing check does to the page: nothing, a draft incident for the owner to publish, or a published one. */
export const autoIncidentMode = pgEnum("auto_incident_mode", ["off", "draft", "published"]);

export const pages = pgTable(
  "pages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    description: text("description"),
    logoUrl: text("logo_url"),
    faviconUrl: text("favicon_url"),
    brandColor: text("brand_color"),
    websiteUrl: text("website_url"),
    passwordHash: text("password_hash"),
    /** IANA zone in which the page's days (uptime bars, incident history) begin and end. */
    timeZone: text("time_zone").notNull().default("UTC"),
    theme: pageTheme("theme").notNull().default("system"),
    language: pageLanguage("language").notNull().default("auto"),
    autoIncidents: autoIncidentMode("auto_incidents").notNull().default("published"),
    /** The subscriber channels visitors may choose; empty turns subscriptions off (db/schema/subscribers.ts). */
    subscriberChannels: text("subscriber_channels").array().notNull().default(sql`'{email,webhook,slack}'::text[]`),
    /** Also tell subscribers when a component changes status without an incident. */
    notifyComponentChanges: boolean("notify_component_changes").notNull().default(false),
    /** Standard Webhooks signing secret ("whsec_…"), sealed; made on the first webhook delivery. */
    subscriberSigningSecret: text("subscriber_signing_secret"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("pages_slug_idx").on(t.slug), index("pages_workspace_idx").on(t.workspaceId)],
);

/** A check shown on a page under a display name, in an order, optionally in a named group. */
export const pageComponents = pgTable(
  "page_components",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pageId: uuid("page_id")
      .notNull()
      .references(() => pages.id, { onDelete: "cascade" }),
    checkId: uuid("check_id").references(() => checks.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description"),
    groupName: text("group_name"),
    position: integer("position").notNull().default(0),
    showResponseTime: boolean("show_response_time").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("page_components_page_idx").on(t.pageId, t.position),
    uniqueIndex("page_components_check_idx").on(t.pageId, t.checkId),
    // State changes look up the pages showing a check, on the run-recording path.
    index("page_components_check_id_idx").on(t.checkId),
  ],
);

export const customDomains = pgTable(
  "custom_domains",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pageId: uuid("page_id")
      .notNull()
      .references(() => pages.id, { onDelete: "cascade" }),
    hostname: text("hostname").notNull(),
    verificationToken: text("verification_token").notNull(),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    lastCheckedAt: timestamp("last_checked_at", { withTimezone: true }),
    lastError: text("last_error"),
    /** Failed checks since the last success: the retry delay doubles with each. */
    failedAttempts: integer("failed_attempts").notNull().default(0),
    /** While unverified, the claim lapses at this time, so nobody holds a hostname they cannot prove. */
    claimExpiresAt: timestamp("claim_expires_at", { withTimezone: true }).default(sql`now() + interval '7 days'`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Several pages may claim a hostname; only one can have verified it.
    uniqueIndex("custom_domains_verified_hostname_idx").on(t.hostname).where(sql`${t.verifiedAt} is not null`),
    index("custom_domains_hostname_idx").on(t.hostname),
    uniqueIndex("custom_domains_page_hostname_idx").on(t.pageId, t.hostname),
    index("custom_domains_page_idx").on(t.pageId),
  ],
);
