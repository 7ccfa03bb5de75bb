"use client";

import type { Locale } from "@/lib/i18n/locales";
import { publicText, type PublicText } from "@/lib/i18n/public-text";
import { worstState } from "@/lib/status";
import type { ComponentRow as Row } from "@/lib/status-page/component-rows";
import { ResponseChart } from "./response-chart";
import { stateDot, stateText } from "./tone";
import { UptimeBar } from "./uptime-bar";

function ComponentRow({ component, text }: { component: Row; text: PublicText }) {
  const { t } = text;
  return (
    <li className="px-4 py-4 sm:px-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 className="font-medium">{component.name}</h3>
        <span className={`inline-flex items-center gap-1.5 text-sm font-medium ${stateText[component.state]}`}>
          <span aria-hidden="true" className={`h-2 w-2 rounded-full ${stateDot[component.state]}`} />
          {t(`state.${component.state}`)}
        </span>
      </div>
      {component.description ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{component.description}</p> : null}
      {component.days ? (
        <div className="mt-3">
          <UptimeBar name={component.name} days={component.days} summary={component.summary} locale={text.locale} />
          <div className="mt-1.5 flex justify-between text-xs text-slate-600 dark:text-slate-400">
            <span>
              <span className="max-sm:hidden">{t("uptime.daysAgo", { count: 90 })}</span>
              <span className="sm:hidden">{t("uptime.daysAgo", { count: 30 })}</span>
            </span>
            <span>{component.uptime}</span>
            <span>{t("uptime.today")}</span>
          </div>
        </div>
      ) : null}
      {component.responseTimes ? <ResponseChart name={component.name} points={component.responseTimes} text={text} /> : null}
    </li>
  );
}

type Group = { name: string | null; components: Row[] };

function groupsOf(components: Row[]): Group[] {
  const groups: Group[] = [];
  for (const component of components) {
    const last = groups.at(-1);
    if (last && last.name === component.groupName) last.components.push(component);
    else groups.push({ name: component.groupName, components: [component] });
  }
  return groups;
}

const list = "divide-y divide-slate-200 dark:divide-slate-800";

/**
 * Components in the owner's order; consecutive components with a group name form a collapsible
 * group. A client component only so that the page's RSC payload carries compact rows (see
 * componentRowsOf) rather than a second copy of this markup.
 */
export function ComponentList({ components, locale }: { components: Row[]; locale: Locale }) {
  const text = publicText(locale);
  if (components.length === 0) return <p className="text-slate-600 dark:text-slate-400">{text.t("components.none")}</p>;
  return (
    <div className="overflow-hidden rounded-lg bg-white ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      {groupsOf(components).map((group, i) => {
        if (!group.name) {
          return (
            <ul key={`ungrouped-${i}`} className={`${list} ${i > 0 ? "border-t border-slate-200 dark:border-slate-800" : ""}`}>
              {group.components.map((c) => (
                <ComponentRow key={c.id} component={c} text={text} />
              ))}
            </ul>
          );
        }
        const state = worstState(group.components.map((c) => c.state)) ?? "operational";
        return (
          <details key={`group-${group.name}-${i}`} open={state !== "operational"} className={`group ${i > 0 ? "border-t border-slate-200 dark:border-slate-800" : ""}`}>
            <summary className="flex cursor-pointer items-center justify-between gap-4 px-4 py-4 font-medium sm:px-5">
              <span className="flex items-center gap-2">
                <span aria-hidden="true" className="inline-block w-3 text-slate-500 transition group-open:rotate-90">▸</span>
                {group.name}
                <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({group.components.length})</span>
              </span>
              <span className={`text-sm ${stateText[state]}`}>{text.t(`state.${state}`)}</span>
            </summary>
            <ul className={`${list} border-t border-slate-200 bg-slate-50/60 dark:border-slate-800 dark:bg-slate-950/40`}>
              {group.components.map((c) => (
                <ComponentRow key={c.id} component={c} text={text} />
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
