import Link from "next/link";
import { COMPONENT_LABELS } from "@/lib/status";
import { formatDateTime, INCIDENT_STATUS_LABELS } from "@/lib/status-page/format";
import type { PublicIncident, PublicMaintenance } from "@/lib/status-page/types";
import { IncidentTimeline } from "./incident-timeline";
import { impactBorder } from "./tone";

const card = "rounded-lg border-l-4 bg-white p-4 ring-1 ring-slate-200 sm:p-5 dark:bg-slate-900 dark:ring-slate-800";

export function IncidentCard({ incident, basePath, timeZone, latestOnly }: { incident: PublicIncident; basePath: string; timeZone: string; latestOnly?: boolean }) {
  return (
    <article className={`${card} ${impactBorder[incident.impact]}`} aria-labelledby={`incident-${incident.id}`}>
      <h3 id={`incident-${incident.id}`} className="font-semibold">
        <Link href={`${basePath}/incidents/${incident.id}`} className="underline-offset-2 hover:underline">
          {incident.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {INCIDENT_STATUS_LABELS[incident.status]} · {incident.impact === "none" ? "No impact" : `${incident.impact[0]!.toUpperCase()}${incident.impact.slice(1)} impact`}
        {" · "}
        started <time dateTime={incident.startedAt}>{formatDateTime(incident.startedAt, timeZone)}</time>
      </p>
      {incident.components.length > 0 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Affects: {incident.components.map((c) => `${c.name} (${COMPONENT_LABELS[c.state].toLowerCase()})`).join(", ")}
        </p>
      ) : null}
      <IncidentTimeline updates={incident.updates} timeZone={timeZone} limit={latestOnly ? 1 : undefined} />
    </article>
  );
}

export function MaintenanceCard({ maintenance, timeZone }: { maintenance: PublicMaintenance; timeZone: string }) {
  return (
    <article className={`${card} border-sky-600`} aria-labelledby={`maintenance-${maintenance.id}`}>
      <h3 id={`maintenance-${maintenance.id}`} className="font-semibold">
        {maintenance.title}
      </h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {INCIDENT_STATUS_LABELS[maintenance.status]} · <time dateTime={maintenance.startsAt}>{formatDateTime(maintenance.startsAt, timeZone)}</time> –{" "}
        <time dateTime={maintenance.endsAt}>{formatDateTime(maintenance.endsAt, timeZone)}</time>
      </p>
      {maintenance.components.length > 0 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Affects: {maintenance.components.map((c) => c.name).join(", ")}</p>
      ) : null}
      {maintenance.description ? (
        <div className="mt-2 text-sm text-slate-800 dark:text-slate-200">{maintenance.description}</div>
      ) : null}
      <IncidentTimeline updates={maintenance.updates} timeZone={timeZone} limit={1} />
    </article>
  );
}
