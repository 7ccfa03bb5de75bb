import Link from "next/link";
import type { PublicText } from "@/lib/i18n/public-text";
import type { PublicIncident, PublicPage } from "@/lib/status-page/types";
import { IncidentCard } from "./incident-card";
import { PageShell } from "./page-shell";

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** One month of incidents, with links to the months before and after. */
type Props = { page: PublicPage; month: string; currentMonth: string; incidents: PublicIncident[]; basePath: string; text: PublicText };

export function HistoryView({ page, month, currentMonth, incidents, basePath, text }: Props) {
  const { t } = text;
  const earliest = page.createdAt.slice(0, 7);
  const previous = month > earliest ? shiftMonth(month, -1) : null;
  const next = month < currentMonth ? shiftMonth(month, 1) : null;
  return (
    <PageShell page={page} basePath={basePath} text={text} refresh={false}>
      <Link href={basePath} className="text-sm font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
        {t("shell.currentStatus")}
      </Link>
      <h2 className="text-2xl font-semibold">{t("history.title", { month: text.month(month) })}</h2>
      {incidents.length === 0 ? <p className="text-slate-600 dark:text-slate-400">{t("history.none", { month: text.month(month) })}</p> : null}
      <div className="space-y-3">
        {incidents.map((incident) => (
          <IncidentCard key={incident.id} incident={incident} basePath={basePath} timeZone={page.timeZone} text={text} latestOnly />
        ))}
      </div>
      <nav aria-label={t("history.months")} className="flex justify-between text-sm font-medium">
        {previous ? (
          <Link href={`${basePath}/history/${previous}`} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
            ← {text.month(previous)}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`${basePath}/history/${next}`} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
            {text.month(next)} →
          </Link>
        ) : null}
      </nav>
    </PageShell>
  );
}
