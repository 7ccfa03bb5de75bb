import { publicText, type PublicText } from "@/lib/i18n/public-text";
import type { ComponentState } from "@/lib/status";
import type { PublicComponent } from "./types";
import { encodeDays } from "./uptime-cells";

/**
 * What the component list (a client component) is given for one component: texts already
 * formatted and the days in their compact form, so the RSC payload in the page stays small
 * instead of repeating the list's markup.
 */
export type ComponentRow = {
  id: string;
  name: string;
  description: string | null;
  groupName: string | null;
  state: ComponentState;
  /** encodeDays; empty when the component has no days to show. */
  days: string;
  /** The bar's accessible summary, e.g. "99.95% uptime over 90 days, 2 days with downtime". */
  summary: string;
  /** "99.95% uptime", or "No data yet". */
  uptime: string;
  responseTimes: PublicComponent["responseTimes"];
};

export function componentRowsOf(components: PublicComponent[], { t, uptime }: PublicText = publicText("en")): ComponentRow[] {
  return components.map((component) => {
    const { days, percent } = component.uptime;
    const downtime = t("uptime.downDays", { count: days.filter((d) => d.outageMinutes > 0).length });
    return {
      id: component.id,
      name: component.name,
      description: component.description,
      groupName: component.groupName,
      state: component.state,
      days: encodeDays(days),
      summary: percent === null ? t("uptime.summaryNoData", { days: days.length }) : t("uptime.summary", { percent: uptime(percent), days: days.length, downtime }),
      uptime: percent === null ? t("uptime.noData") : t("uptime.percent", { percent: uptime(percent) }),
      responseTimes: component.responseTimes,
    };
  });
}
