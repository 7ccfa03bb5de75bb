import Link from "next/link";
import { formatMonth } from "@/lib/status-page/format";
import type { PublicIncident, PublicPage } from "@/lib/status-page/types";
import { IncidentCard } from "./incident-card";
import { PageShell } from "./page-shell";

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** One month of incidents, with links to the months before and after. */
export function HistoryView({ page, month, currentMonth, incidents, basePath }: { page: PublicPage; month: string; currentMonth: string; incidents: PublicIncident[]; basePath: string }) {
  const earliest = page.createdAt.slice(0, 7);
  const previous = month > earliest ? shiftMonth(month, -1) : null;
  const next = month < currentMonth ? shiftMonth(month, 1) : null;
  return (
    <PageShell page={page} basePath={basePath} refresh={false}>
      <Link href={basePath} className="text-sm font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
        ← Current status
      </Link>
      <h2 className="text-2xl font-semibold">Incident history: {formatMonth(month)}</h2>
      {incidents.length === 0 ? <p className="text-slate-600 dark:text-slate-400">No incidents reported in {formatMonth(month)}.</p> : null}
      <div className="space-y-3">
        {incidents.map((incident) => (
          <IncidentCard key={incident.id} incident={incident} basePath={basePath} timeZone={page.timeZone} latestOnly />
        ))}
      </div>
      <nav aria-label="Months" className="flex justify-between text-sm font-medium">
        {previous ? (
          <Link href={`${basePath}/history/${previous}`} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
            ← {formatMonth(previous)}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`${basePath}/history/${next}`} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
            {formatMonth(next)} →
          </Link>
        ) : null}
      </nav>
    </PageShell>
  );
}
