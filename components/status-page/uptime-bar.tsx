"use client";

import { useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { publicText, type PublicText } from "@/lib/i18n/public-text";
import { uptimeLevel } from "@/lib/status-page/uptime";
import { decodeDays, type DayCell } from "@/lib/status-page/uptime-cells";

// A good day, by far the most common, carries no attribute: 1,800 cells are most of the page's HTML.
const LEVEL_CODES = { none: "n", good: undefined, minor: "m", partial: "p", major: "x" } as const;

function describe([date, uptime, down]: DayCell, text: PublicText): string {
  const { t } = text;
  const day = text.calendarDate(date);
  if (uptime === null && down === 0) return t("uptime.dayNoData", { date: day });
  const outage = down > 0 ? t("uptime.dayDown", { duration: text.duration(down) }) : t("uptime.dayNoDowntime");
  return t("uptime.day", { date: day, percent: uptime === null ? t("uptime.noData") : text.uptime(uptime), outage });
}

const noop = () => () => undefined;

/**
 * One coloured cell per day. The server sends bare cells (a page has 1,800 of them) and the bar's
 * summary; once hydrated, each cell gets its figures as accessible name and tooltip, and the bar
 * becomes a single tab stop whose arrow keys, Home and End move between days.
 */
export function UptimeBar({ name, days: encoded, summary, locale }: { name: string; days: string; summary: string; locale: Locale }) {
  const text = publicText(locale);
  const ref = useRef<HTMLDivElement>(null);
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  const days = decodeDays(encoded);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Cells hidden on small screens (display: none) have no offsetParent and are skipped.
    const cells = Array.from(ref.current?.children ?? []).filter((c): c is HTMLElement => c instanceof HTMLElement && c.offsetParent !== null);
    const current = cells.indexOf(document.activeElement as HTMLElement);
    const target = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: cells.length - 1 }[event.key];
    if (target === undefined || current === -1) return;
    event.preventDefault();
    const next = cells[Math.max(0, Math.min(cells.length - 1, target))];
    if (!next) return;
    cells.forEach((c) => c.removeAttribute("tabindex"));
    next.tabIndex = 0;
    next.focus();
  };
  return (
    <div ref={ref} role="group" aria-label={`${name}: ${summary}`} onKeyDown={onKeyDown} className="uptime-bar">
      {days.map((day, i) => {
        const level = LEVEL_CODES[uptimeLevel({ uptime: day[1], outageMinutes: day[2] })];
        return hydrated ? <span key={day[0]} role="img" aria-label={describe(day, text)} data-l={level} tabIndex={i === days.length - 1 ? 0 : undefined} /> : <span key={day[0]} data-l={level} />;
      })}
    </div>
  );
}
