"use client";

import { useRef, type KeyboardEvent } from "react";
import { formatUptime, uptimeLevel } from "@/lib/status-page/uptime";
import { formatCalendarDate, formatMinutes } from "@/lib/status-page/format";

/** [date, uptime % or null, minutes down]: compact, because a page carries 90 of these per component. */
export type DayCell = [string, number | null, number];

function describe([date, uptime, down]: DayCell): string {
  const outage = down > 0 ? `${formatMinutes(down)} down` : "no downtime";
  return uptime === null && down === 0 ? `${formatCalendarDate(date)}: no data` : `${formatCalendarDate(date)}: ${formatUptime(uptime)} uptime, ${outage}`;
}

const LEVEL_CODES = { none: "n", good: "g", minor: "m", partial: "p", major: "x" } as const;

/**
 * One cell per day, each with its figures as its accessible name and as a tooltip on hover or
 * focus. The bar is a single tab stop; arrow keys, Home and End move between days.
 */
export function UptimeBar({ name, days }: { name: string; days: DayCell[] }) {
  const ref = useRef<HTMLDivElement>(null);
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
    <div ref={ref} role="group" aria-label={`${name}: uptime per day`} onKeyDown={onKeyDown} className="uptime-bar">
      {days.map((day, i) => (
        // Kept small on purpose (90 per component): no class, no per-cell tabindex until the keys reach it.
        <span key={day[0]} role="img" aria-label={describe(day)} data-l={LEVEL_CODES[uptimeLevel({ uptime: day[1], outageMinutes: day[2] })]} tabIndex={i === days.length - 1 ? 0 : undefined} />
      ))}
    </div>
  );
}
