import type { Locale } from "@/lib/i18n/locales";

/**
 * Dates and times on a public page, always in the page's time zone and in the page's locale (the
 * server and the client are given the same one, so they agree). English is written US-style.
 */
const intlLocale = (locale: Locale) => (locale === "en" ? "en-US" : locale);

export function formatDateTime(iso: string, timeZone: string, locale: Locale = "en"): string {
  // dateStyle cannot be combined with timeZoneName, hence the spelled-out fields.
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone, year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" }).format(
    new Date(iso),
  );
}

export function formatTime(iso: string, timeZone: string, locale: Locale = "en"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" }).format(new Date(iso));
}

/** A calendar date ("2026-03-11") as "Mar 11, 2026": it is already a date of the page's calendar. */
export function formatCalendarDate(date: string, locale: Locale = "en"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: "UTC", dateStyle: "medium" }).format(new Date(`${date}T00:00:00Z`));
}

export function formatMonth(month: string, locale: Locale = "en"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: "UTC", month: "long", year: "numeric" }).format(new Date(`${month}-01T00:00:00Z`));
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

export function formatDuration(fromIso: string, toIso: string): string {
  return formatMinutes(Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000)));
}

export const INCIDENT_STATUS_LABELS: Record<string, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
  scheduled: "Scheduled",
  in_progress: "In progress",
  completed: "Completed",
};
