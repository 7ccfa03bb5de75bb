import { componentObjects, incidentObject, maintenanceObject, pageObject, summaryJson, type ApiContext } from "./statuspage-api";
import type { PublicIncident, PublicMaintenance } from "./types";

/** The endpoints of Statuspage's api/v2, as paths under /s/<slug>/api/v2/<name>.json. */
export const ENDPOINTS = [
  "summary",
  "status",
  "components",
  "incidents",
  "incidents/unresolved",
  "scheduled-maintenances",
  "scheduled-maintenances/upcoming",
  "scheduled-maintenances/active",
] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

/** The full lists (the last 50) are not in the page snapshot; routes pass cached loaders, tests direct ones. */
export type ListLoaders = { incidents: (pageId: string) => Promise<PublicIncident[]>; maintenances: (pageId: string) => Promise<PublicMaintenance[]> };

export async function statuspageDocument(endpoint: Endpoint, ctx: ApiContext, loaders: ListLoaders): Promise<Record<string, unknown>> {
  const page = pageObject(ctx);
  const { snapshot } = ctx;
  const maintenances = (list: PublicMaintenance[]) => ({ page, scheduled_maintenances: list.map((m) => maintenanceObject(ctx, m)) });
  switch (endpoint) {
    case "summary":
      return summaryJson(ctx);
    case "status":
      return { page, status: snapshot.indicator };
    case "components":
      return { page, components: componentObjects(ctx) };
    case "incidents":
      return { page, incidents: (await loaders.incidents(snapshot.page.id)).map((i) => incidentObject(ctx, i)) };
    case "incidents/unresolved":
      return { page, incidents: snapshot.activeIncidents.map((i) => incidentObject(ctx, i)) };
    case "scheduled-maintenances":
      return maintenances(await loaders.maintenances(snapshot.page.id));
    case "scheduled-maintenances/upcoming":
      return maintenances(snapshot.maintenances.upcoming);
    case "scheduled-maintenances/active":
      return maintenances(snapshot.maintenances.active);
  }
}
