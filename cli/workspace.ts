import { z } from "zod";
import { checkSpec, type CheckSpec, type ConfigFile } from "@/lib/config/schema";
import { keyAllocator } from "@/lib/config/keys";
import type { PingpageClient } from "./client";
import { pageSpecOf, pageView } from "./pages";

/** The fields of the API's check view that the file describes (lib/api/resources/checks.ts). */
const checkView = z.looseObject({
  id: z.string(),
  key: z.string().nullable().optional(),
  name: z.string(),
  intervalSeconds: z.number(),
  timeoutMs: z.number(),
  failureThreshold: z.number(),
  recoveryThreshold: z.number(),
  degradedThresholdMs: z.number().nullable(),
  paused: z.boolean(),
  regions: z.array(z.string()),
  quorum: z.number(),
  config: z.looseObject({ type: z.string() }),
  tags: z.array(z.object({ id: z.string(), name: z.string() })),
});
const tagView = z.object({ id: z.string(), name: z.string() });

/** The workspace as the file would describe it, with the ids the API needs to change it. */
export type Workspace = {
  config: ConfigFile;
  checkIds: Map<string, string>;
  tagIds: Map<string, string>;
  /** By slug, the key pages are matched by. */
  pageIds: Map<string, string>;
};

export async function readWorkspace(client: PingpageClient): Promise<Workspace> {
  const [rawChecks, rawTags, rawPages] = await Promise.all([client.list("/checks"), client.request("GET", "/tags"), client.list("/pages")]);
  const views = rawChecks.map((item) => checkView.parse(item));
  const tags = z.object({ items: z.array(tagView) }).parse(rawTags).items;
  // Checks made in the dashboard have no key: one is derived from the name, oldest first, so it is the
  // same every time; the first apply that updates such a check stores it.
  const nextKey = keyAllocator(views.flatMap((view) => (view.key ? [view.key] : [])));
  const keyOfId = new Map(views.map((view) => [view.id, view.key ?? nextKey(view.name)]));
  const checks = views.map((view) => specOf(view, keyOfId));
  const pages = rawPages.map((item) => pageView.parse(item));
  return {
    config: { checks, pages: pages.map((page) => pageSpecOf(page, keyOfId)), maintenance: [] },
    checkIds: new Map(views.map((view) => [keyOfId.get(view.id) ?? "", view.id])),
    tagIds: new Map(tags.map((tag) => [tag.name, tag.id])),
    pageIds: new Map(pages.map((page) => [page.slug, page.id])),
  };
}

function specOf(view: z.infer<typeof checkView>, keyOfId: Map<string, string>): CheckSpec {
  const { type, checkIds, ...settings } = view.config as { type: string; checkIds?: string[] };
  const config = type === "composite" ? { type, ...settings, checks: (checkIds ?? []).map((id) => keyOfId.get(id) ?? id) } : view.config;
  const input = {
    key: keyOfId.get(view.id),
    name: view.name,
    intervalSeconds: view.intervalSeconds,
    timeoutMs: view.timeoutMs,
    failureThreshold: view.failureThreshold,
    recoveryThreshold: view.recoveryThreshold,
    ...(view.degradedThresholdMs === null ? {} : { degradedThresholdMs: view.degradedThresholdMs }),
    paused: view.paused,
    regions: view.regions,
    quorum: view.quorum,
    config,
    tags: view.tags.map((tag) => tag.name),
  };
  // Parsed like the file, so defaults and normal forms match; a check saved under older rules is compared as stored.
  const parsed = checkSpec.safeParse(input);
  return parsed.success ? parsed.data : (input as unknown as CheckSpec);
}
