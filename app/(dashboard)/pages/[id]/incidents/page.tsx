import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { hasRole } from "@/lib/services/context";
import { listIncidents } from "@/lib/services/incidents/read";
import { formatDateTime } from "@/lib/status-page/format";
import { loadOwnedPage } from "../_load";

export const metadata: Metadata = { title: "Incidents" };

export default async function IncidentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx, page } = await loadOwnedPage((await params).id);
  const incidents = await listIncidents(ctx, page.id);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h2 className="text-lg font-semibold">Incidents</h2>
        {hasRole(ctx, "editor") ? (
          <Link href={`/pages/${page.id}/incidents/new`} className={buttonClass()}>
            New incident
          </Link>
        ) : null}
      </div>
      {incidents.length === 0 ? (
        <p className="text-sm text-slate-600">No incidents yet. Incidents opened automatically when a check goes down appear here too.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {incidents.map((incident) => (
            <li key={incident.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div>
                <Link href={`/pages/${page.id}/incidents/${incident.id}`} className="font-medium hover:underline">
                  {incident.title}
                </Link>
                <p className="text-xs text-slate-500">
                  {formatDateTime(incident.startedAt.toISOString(), page.timeZone)} · {incident.impact} impact{incident.automatic ? " · automatic" : ""}
                </p>
              </div>
              <span className="flex gap-2 text-xs font-medium">
                {!incident.published ? <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-900">Draft</span> : null}
                <span className={`rounded px-2 py-0.5 ${incident.status === "resolved" ? "bg-emerald-100 text-emerald-900" : "bg-red-100 text-red-900"}`}>{incident.status}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
