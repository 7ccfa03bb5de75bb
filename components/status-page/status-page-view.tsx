import type { PublicText } from "@/lib/i18n/public-text";
import { componentRowsOf } from "@/lib/status-page/component-rows";
import { RECENT_INCIDENT_DAYS } from "@/lib/status-page/constants";
import type { PageSnapshot } from "@/lib/status-page/types";
import { ComponentList } from "./component-list";
import { IncidentCard, MaintenanceCard } from "./incident-card";
import { PageShell } from "./page-shell";
import { PastIncidents } from "./past-incidents";
import { StatusBanner } from "./status-banner";
import { SubscribeControl } from "./subscribe-control";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The public page: banner, what is wrong now, components, what is planned, and the last two weeks. */
export function StatusPageView({ snapshot, basePath, text }: { snapshot: PageSnapshot; basePath: string; text: PublicText }) {
  const { page, maintenances } = snapshot;
  const tz = page.timeZone;
  const { t } = text;
  const empty = snapshot.components.length === 0 && snapshot.activeIncidents.length === 0;
  return (
    <PageShell page={page} basePath={basePath} text={text}>
      {page.description ? <p className="text-slate-700 dark:text-slate-300">{page.description}</p> : null}
      <StatusBanner overall={snapshot.overall} empty={empty} text={text} />
      {snapshot.activeIncidents.length > 0 ? (
        <Section id="active-incidents" title={t("section.activeIncidents")}>
          {snapshot.activeIncidents.map((incident) => (
            <IncidentCard key={incident.id} incident={incident} basePath={basePath} timeZone={tz} text={text} />
          ))}
        </Section>
      ) : null}
      {maintenances.active.length > 0 ? (
        <Section id="maintenance-now" title={t("section.maintenanceNow")}>
          {maintenances.active.map((m) => (
            <MaintenanceCard key={m.id} maintenance={m} timeZone={tz} text={text} />
          ))}
        </Section>
      ) : null}
      <Section id="components" title={t("section.components")}>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("section.componentsHint")}</p>
        <ComponentList components={componentRowsOf(snapshot.components, text)} locale={text.locale} />
      </Section>
      {maintenances.upcoming.length > 0 ? (
        <Section id="maintenance-upcoming" title={t("section.maintenanceUpcoming")}>
          {maintenances.upcoming.map((m) => (
            <MaintenanceCard key={m.id} maintenance={m} timeZone={tz} text={text} />
          ))}
        </Section>
      ) : null}
      <PastIncidents incidents={snapshot.recentIncidents} basePath={basePath} timeZone={tz} now={snapshot.generatedAt} days={RECENT_INCIDENT_DAYS} text={text} />
      {/* A protected page is rendered only for visitors who unlocked it; feeds have no cookie to show it to. */}
      <SubscribeControl
        basePath={basePath}
        locale={text.locale}
        channels={page.subscriberChannels}
        components={snapshot.components.map(({ id, name, groupName }) => ({ id, name, groupName }))}
        feeds={!page.passwordFingerprint}
      />
    </PageShell>
  );
}
