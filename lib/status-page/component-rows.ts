import type { ComponentState } from "@/lib/status";
import type { PublicComponent } from "./types";
import { formatUptime } from "./uptime";
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

export function componentRowsOf(components: PublicComponent[]): ComponentRow[] {
  return components.map((component) => {
    const { days, percent } = component.uptime;
    const badDays = days.filter((d) => d.outageMinutes > 0).length;
    const downtime = badDays === 0 ? "no days" : badDays === 1 ? "1 day" : `${badDays} days`;
    return {
      id: component.id,
      name: component.name,
      description: component.description,
      groupName: component.groupName,
      state: component.state,
      days: encodeDays(days),
      summary: percent === null ? `no data yet for the last ${days.length} days` : `${formatUptime(percent)} uptime over ${days.length} days, ${downtime} with downtime`,
      uptime: percent === null ? "No data yet" : `${formatUptime(percent)} uptime`,
      responseTimes: component.responseTimes,
    };
  });
}
