import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { pageComponents, pages } from "./pages";

export const incidentStatus = pgEnum("incident_status", ["investigating", "identified", "monitoring", "resolved"]);
export const incidentImpact = pgEnum("incident_impact", ["none", "minor", "major", "critical"]);
export const componentState = pgEnum("component_state", [
  "operational",
  "degraded_performance",
  "partial_outage",
  "major_outage",
  "under_maintenance",
]);
export const maintenanceStatus = pgEnum("maintenance_status", ["scheduled", "in_progress", "completed"]);

export const incidents = pgTable(
  "incidents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pageId: uuid("page_id")
      .notNull()
      .references(() => pages.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    status: incidentStatus("status").notNull().default("investigating"),
    impact: incidentImpact("impact").notNull().default("minor"),
    automatic: boolean("automatic").notNull().default(false),
    published: boolean("published").notNull().default(true),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("incidents_page_idx").on(t.pageId, t.startedAt.desc())],
);

export const incidentUpdates = pgTable(
  "incident_updates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    incidentId: uuid("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    status: incidentStatus("status").notNull(),
    body: text("body").notNull(),
    /** Whether subscribers are told of this update; automatic and first updates follow publication. */
    notify: boolean("notify").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("incident_updates_incident_idx").on(t.incidentId, t.createdAt)],
);

export const incidentComponents = pgTable(
  "incident_components",
  {
    incidentId: uuid("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    componentId: uuid("component_id")
      .notNull()
      .references(() => pageComponents.id, { onDelete: "cascade" }),
    state: componentState("state").notNull(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.componentId] }), index("incident_components_component_idx").on(t.componentId)],
);

export const maintenances = pgTable(
  "maintenances",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pageId: uuid("page_id")
      .notNull()
      .references(() => pages.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description"),
    status: maintenanceStatus("status").notNull().default("scheduled"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("maintenances_page_idx").on(t.pageId, t.startsAt)],
);

export const maintenanceComponents = pgTable(
  "maintenance_components",
  {
    maintenanceId: uuid("maintenance_id")
      .notNull()
      .references(() => maintenances.id, { onDelete: "cascade" }),
    componentId: uuid("component_id")
      .notNull()
      .references(() => pageComponents.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.maintenanceId, t.componentId] }), index("maintenance_components_component_idx").on(t.componentId)],
);

export const maintenanceUpdates = pgTable(
  "maintenance_updates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    maintenanceId: uuid("maintenance_id")
      .notNull()
      .references(() => maintenances.id, { onDelete: "cascade" }),
    status: maintenanceStatus("status").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("maintenance_updates_maintenance_idx").on(t.maintenanceId, t.createdAt)],
);
