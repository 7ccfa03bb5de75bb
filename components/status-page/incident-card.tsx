import Link from "next/link";
import type { PublicText } from "@/lib/i18n/public-text";
import type { PublicIncident, PublicMaintenance } from "@/lib/status-page/types";
import { IncidentTimeline } from "./incident-timeline";
import { impactBorder } from "./tone";

const card = "rounded-lg border-l-4 bg-white p-4 ring-1 ring-slate-200 sm:p-5 dark:bg-slate-900 dark:ring-slate-800";

type CardProps = { timeZone: string; text: PublicText };

export function IncidentCard({ incident, basePath, timeZone, latestOnly, text }: CardProps & { incident: PublicIncident; basePath: string; latestOnly?: boolean }) {
  const { t } = text;
  const started = text.dateTime(incident.startedAt, timeZone);
  return (
    <article className={`${card} ${impactBorder[incident.impact]}`} aria-labelledby={`incident-${incident.id}`}>
      <h3 id={`incident-${incident.id}`} className="font-semibold">
        <Link href={`${basePath}/incidents/${incident.id}`} className="underline-offset-2 hover:underline">
          {incident.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {text.status(incident.status)} · {t(`incident.impact.${incident.impact}`)}
        {" · "}
        <time dateTime={incident.startedAt}>{t("incident.started", { time: started })}</time>
      </p>
      {incident.components.length > 0 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t("incident.affects", { components: incident.components.map((c) => `${c.name} (${t(`state.${c.state}`).toLocaleLowerCase(text.locale)})`).join(", ") })}
        </p>
      ) : null}
      <IncidentTimeline updates={incident.updates} timeZone={timeZone} limit={latestOnly ? 1 : undefined} text={text} />
    </article>
  );
}

export function MaintenanceCard({ maintenance, timeZone, text }: CardProps & { maintenance: PublicMaintenance }) {
  return (
    <article className={`${card} border-sky-600`} aria-labelledby={`maintenance-${maintenance.id}`}>
      <h3 id={`maintenance-${maintenance.id}`} className="font-semibold">
        {maintenance.title}
      </h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {text.status(maintenance.status)} · <time dateTime={maintenance.startsAt}>{text.dateTime(maintenance.startsAt, timeZone)}</time> –{" "}
        <time dateTime={maintenance.endsAt}>{text.dateTime(maintenance.endsAt, timeZone)}</time>
      </p>
      {maintenance.components.length > 0 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{text.t("incident.affects", { components: maintenance.components.map((c) => c.name).join(", ") })}</p>
      ) : null}
      {maintenance.description ? (
        <div className="mt-2 text-sm text-slate-800 dark:text-slate-200">{maintenance.description}</div>
      ) : null}
      <IncidentTimeline updates={maintenance.updates} timeZone={timeZone} limit={1} text={text} />
    </article>
  );
}
