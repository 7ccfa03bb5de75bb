import { z } from "zod";
import type { Change } from "@/lib/config/plan";
import { pageSpec, type PageSpec } from "@/lib/config/schema";
import { problemMessage, type PingpageClient } from "./client";
import type { ApplyReport } from "./apply";

/** The fields of the API's page view that the file describes (lib/api/views.ts). */
export const pageView = z.looseObject({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  websiteUrl: z.string().nullable(),
  logoUrl: z.string().nullable(),
  faviconUrl: z.string().nullable(),
  brandColor: z.string().nullable(),
  timeZone: z.string(),
  theme: z.string(),
  language: z.string(),
  autoIncidents: z.string(),
  components: z.array(z.object({ id: z.string(), checkId: z.string().nullable(), name: z.string(), description: z.string().nullable(), groupName: z.string().nullable(), position: z.number(), showResponseTime: z.boolean() })),
});
type PageView = z.infer<typeof pageView>;

export function pageSpecOf(view: PageView, keyOfCheckId: Map<string, string>): PageSpec {
  const input = {
    name: view.name,
    slug: view.slug,
    description: view.description,
    websiteUrl: view.websiteUrl,
    logoUrl: view.logoUrl,
    faviconUrl: view.faviconUrl,
    brandColor: view.brandColor,
    timeZone: view.timeZone,
    theme: view.theme,
    language: view.language,
    autoIncidents: view.autoIncidents,
    components: [...view.components]
      .sort((a, b) => a.position - b.position)
      .flatMap((component) => {
        const check = component.checkId ? keyOfCheckId.get(component.checkId) : undefined;
        return check ? [{ check, name: component.name, description: component.description, group: component.groupName, showResponseTime: component.showResponseTime }] : [];
      }),
  };
  const parsed = pageSpec.safeParse(input);
  return parsed.success ? parsed.data : (input as unknown as PageSpec);
}

/**
 * A page in two steps, as the API takes it: the page with its checks (which makes the components),
 * then the components' names, groups and order, by the ids the first step answered with.
 */
export async function applyPageChanges(client: PingpageClient, changes: Change[], ids: { checks: Map<string, string>; pages: Map<string, string> }, report: ApplyReport) {
  for (const change of changes) {
    const label = `pages.${change.key}`;
    try {
      const id = ids.pages.get(change.key);
      if (change.action === "delete") {
        if (id) await client.request("DELETE", `/pages/${id}`);
        report.done++;
        continue;
      }
      const { components, ...settings } = change.desired as PageSpec;
      // The page schema reads "" as "not set", as its form sends it; null is not accepted there.
      const cleared = Object.fromEntries(Object.entries(settings).map(([name, value]) => [name, value ?? ""]));
      const body = { ...cleared, checkIds: components.flatMap((component) => ids.checks.get(component.check) ?? []) };
      const saved = pageView.parse(change.action === "create" || !id ? await client.request("POST", "/pages", body) : await client.request("PUT", `/pages/${id}`, body));
      const componentOf = new Map(saved.components.map((component) => [component.checkId, component.id]));
      const rows = components.flatMap((component, position) => {
        const componentId = componentOf.get(ids.checks.get(component.check) ?? null);
        return componentId ? [{ id: componentId, name: component.name, description: component.description ?? undefined, groupName: component.group ?? undefined, position, showResponseTime: component.showResponseTime }] : [];
      });
      if (rows.length > 0) await client.request("PUT", `/pages/${saved.id}/components`, { components: rows });
      report.done++;
    } catch (error) {
      report.failures.push(`${label}: ${error instanceof Error ? error.message : problemMessage(0, error)}`);
    }
  }
}
