import { z } from "zod";
import { timestamp } from "./operation";

/** Dates become RFC 3339 UTC strings, as every timestamp the API sends. */
export function iso(date: Date): string;
export function iso(date: Date | null): string | null;
export function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

export const componentView = z
  .object({
    id: z.uuid(),
    checkId: z.uuid().nullable(),
    name: z.string(),
    description: z.string().nullable(),
    groupName: z.string().nullable().meta({ description: "Components sharing a group name show together under it" }),
    position: z.number().int(),
    showResponseTime: z.boolean(),
  })
  .meta({ id: "PageComponent" });

export const pageView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    description: z.string().nullable(),
    websiteUrl: z.string().nullable(),
    logoUrl: z.string().nullable(),
    faviconUrl: z.string().nullable(),
    brandColor: z.string().nullable(),
    timeZone: z.string(),
    theme: z.enum(["system", "light", "dark"]),
    language: z.enum(["auto", "en", "de", "fr", "es", "pt", "ja"]),
    autoIncidents: z.enum(["off", "draft", "published"]),
    passwordProtected: z.boolean(),
    components: z.array(componentView),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Page" });

const componentState = z.enum(["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"]);

export const incidentView = z
  .object({
    id: z.uuid(),
    pageId: z.uuid(),
    title: z.string(),
    status: z.enum(["investigating", "identified", "monitoring", "resolved"]),
    impact: z.enum(["none", "minor", "major", "critical"]),
    automatic: z.boolean(),
    published: z.boolean(),
    startedAt: timestamp,
    resolvedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Incident" });

export const incidentUpdateView = z
  .object({ id: z.uuid(), status: z.enum(["investigating", "identified", "monitoring", "resolved"]), message: z.string(), notify: z.boolean(), createdAt: timestamp })
  .meta({ id: "IncidentUpdate" });

export const incidentDetailView = incidentView
  .extend({ updates: z.array(incidentUpdateView), components: z.array(z.object({ componentId: z.uuid(), name: z.string(), state: componentState })) })
  .meta({ id: "IncidentDetail" });

export const maintenanceView = z
  .object({
    id: z.uuid(),
    pageId: z.uuid(),
    title: z.string(),
    description: z.string().nullable(),
    status: z.enum(["scheduled", "in_progress", "completed"]),
    startsAt: timestamp,
    endsAt: timestamp,
    createdAt: timestamp,
  })
  .meta({ id: "Maintenance" });

export const maintenanceDetailView = maintenanceView
  .extend({
    timeZone: z.string(),
    updates: z.array(z.object({ id: z.uuid(), message: z.string(), createdAt: timestamp })),
    components: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: "MaintenanceDetail" });

export const domainView = z
  .object({
    id: z.uuid(),
    pageId: z.uuid(),
    hostname: z.string(),
    verificationToken: z.string().meta({ description: "The TXT record value that proves the domain is yours (see the page's domain settings)" }),
    verifiedAt: timestamp.nullable(),
    lastCheckedAt: timestamp.nullable(),
    lastError: z.string().nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "Domain" });
