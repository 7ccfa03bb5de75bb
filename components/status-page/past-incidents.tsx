import Link from "next/link";
import type { PublicText } from "@/lib/i18n/public-text";
import type { PublicIncident } from "@/lib/status-page/types";
import { addDays, localDate } from "@/lib/status-page/zoned";
import { IncidentCard } from "./incident-card";

/** The last `days` calendar days of the page, newest first, each with its incidents or a line saying there were none. */
type Props = { incidents: PublicIncident[]; basePath: string; timeZone: string; now: string; days: number; text: PublicText };

export function PastIncidents({ incidents, basePath, timeZone, now, days, text }: Props) {
  const { t } = text;
  const today = localDate(new Date(now), timeZone);
  const dates = Array.from({ length: days }, (_, i) => addDays(today, -i));
  return (
    <section aria-labelledby="past-incidents" className="space-y-4">
      <h2 id="past-incidents" className="text-lg font-semibold">
        {t("section.pastIncidents")}
      </h2>
      <div className="space-y-5">
        {dates.map((date) => {
          const onDay = incidents.filter((i) => localDate(new Date(i.startedAt), timeZone) === date);
          return (
            <div key={date} className="border-b border-slate-200 pb-4 dark:border-slate-800">
              <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">{text.calendarDate(date)}</h3>
              {onDay.length === 0 ? (
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("incident.noneOnDay")}</p>
              ) : (
                <div className="mt-2 space-y-3">
                  {onDay.map((incident) => (
                    <IncidentCard key={incident.id} incident={incident} basePath={basePath} timeZone={timeZone} text={text} />
                  ))}
                </div>
              )}
            </div>
          );
        })}
      </div>
      <Link href={`${basePath}/history`} className="inline-block text-sm font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
        {t("incident.historyLink")}
      </Link>
    </section>
  );
}
