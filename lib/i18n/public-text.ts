import { formatCalendarDate, formatDateTime, formatMonth } from "@/lib/status-page/format";
import type { Locale } from "./locales";
import { en, type MessageKey } from "./messages/en";
import { translator, type Translate } from "./translate";

/** What a public page view needs to speak one locale: its messages and its Intl formats. */
export type PublicText = {
  locale: Locale;
  t: Translate;
  dateTime: (iso: string, timeZone: string) => string;
  calendarDate: (date: string) => string;
  month: (month: string) => string;
  /** Whole minutes as "2 h 5 min" in the locale's words. */
  duration: (minutes: number) => string;
  /** An uptime percentage, two decimals, never rounding a bad day up to 100 %. */
  uptime: (percent: number) => string;
  /** A response time: "230 ms", "1.25 s". */
  ms: (ms: number) => string;
  /** An incident's or maintenance's status ("investigating", "completed", …), as is when unknown. */
  status: (status: string) => string;
};

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

export function publicText(locale: Locale): PublicText {
  const t = translator(locale);
  const intl = locale === "en" ? "en-US" : locale;
  const percent2 = new Intl.NumberFormat(intl, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent0 = new Intl.NumberFormat(intl, { style: "percent", maximumFractionDigits: 0 });
  const millis = new Intl.NumberFormat(intl, { style: "unit", unit: "millisecond", maximumFractionDigits: 0 });
  const seconds = new Intl.NumberFormat(intl, { style: "unit", unit: "second", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    locale,
    t,
    dateTime: (iso, timeZone) => formatDateTime(iso, timeZone, locale),
    calendarDate: (date) => formatCalendarDate(date, locale),
    month: (month) => formatMonth(month, locale),
    duration: (minutes) => {
      if (minutes < 60) return t("duration.minutes", { minutes });
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      return rest ? t("duration.hoursMinutes", { hours, minutes: rest }) : t("duration.hours", { hours });
    },
    uptime: (value) => (value >= 100 ? percent0.format(1) : percent2.format(Math.floor(value * 100) / 10_000)),
    ms: (value) => (value < 1000 ? millis.format(Math.round(value)) : seconds.format(value / 1000)),
    status: (status) => {
      const key = `incident.status.${status}`;
      return isMessageKey(key) ? t(key) : status;
    },
  };
}
