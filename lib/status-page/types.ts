import type { PageLanguage } from "@/lib/i18n/locales";
import type { ComponentState, IncidentImpact, OverallState, StatusIndicator } from "@/lib/status";
import type { UptimeDay } from "./uptime";

/**
 * What a visitor's page is rendered from. Plain JSON (ISO strings, no Dates) because it is
 * stored in Next's data cache and read back from it.
 */
export type PageSnapshot = {
  page: PublicPage;
  generatedAt: string;
  /** A check on the page is down or degraded now: its open outage makes the figures move by the second. */
  liveOutage: boolean;
  overall: OverallState;
  indicator: StatusIndicator;
  components: PublicComponent[];
  /** Unresolved published incidents, newest first. */
  activeIncidents: PublicIncident[];
  /** Published incidents that started in the last 14 days of the page's calendar, newest first. */
  recentIncidents: PublicIncident[];
  maintenances: { active: PublicMaintenance[]; upcoming: PublicMaintenance[] };
};

export type PublicPage = {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  logoUrl: string | null;
  faviconUrl: string | null;
  brandColor: string | null;
  websiteUrl: string | null;
  timeZone: string;
  theme: "system" | "light" | "dark";
  /** A fixed locale, or "auto" for the visitor's browser. */
  language: PageLanguage;
  /** Set when the page is password protected: a digest of the hash, which changes with the password. */
  passwordFingerprint: string | null;
  /** The subscription channels the page offers visitors ("email", "webhook", "slack"); empty: none. */
  subscriberChannels: string[];
  createdAt: string;
  updatedAt: string;
};

export type PublicComponent = {
  id: string;
  name: string;
  description: string | null;
  groupName: string | null;
  position: number;
  state: ComponentState;
  createdAt: string;
  updatedAt: string;
  uptime: { days: UptimeDay[]; percent: number | null };
  /** Hourly mean latency for the last 24 hours, when the owner shows it. */
  responseTimes: { hour: string; meanMs: number | null }[] | null;
};

export type PublicIncidentUpdate = { id: string; status: string; body: string; createdAt: string };

export type PublicIncident = {
  id: string;
  title: string;
  status: "investigating" | "identified" | "monitoring" | "resolved";
  impact: IncidentImpact;
  startedAt: string;
  resolvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  updates: PublicIncidentUpdate[];
  components: { id: string; name: string; state: ComponentState }[];
};

export type PublicMaintenance = {
  id: string;
  title: string;
  description: string | null;
  status: "scheduled" | "in_progress" | "completed";
  startsAt: string;
  endsAt: string;
  createdAt: string;
  updates: PublicIncidentUpdate[];
  components: { id: string; name: string }[];
};
