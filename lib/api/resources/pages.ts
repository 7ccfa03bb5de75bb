import { z } from "zod";
import { componentSettings, pageId, pageInput } from "@/lib/schemas/page";
import type { PersonCtx } from "@/lib/services/context";
import { getPage, listPages } from "@/lib/services/pages/read";
import { updateComponents } from "@/lib/services/pages/settings";
import { createPage, deletePage, updatePage } from "@/lib/services/pages/write";
import { decodeCursor, pageFrom } from "../cursor";
import { operation, pageOf, pageQuery } from "../operation";
import { iso, pageView } from "../views";

export async function readPage(ctx: PersonCtx, id: string): Promise<z.infer<typeof pageView>> {
  const page = await getPage(ctx, id);
  return {
    id: page.id,
    name: page.name,
    slug: page.slug,
    description: page.description,
    websiteUrl: page.websiteUrl,
    logoUrl: page.logoUrl,
    faviconUrl: page.faviconUrl,
    brandColor: page.brandColor,
    timeZone: page.timeZone,
    theme: page.theme,
    language: page.language,
    autoIncidents: page.autoIncidents,
    passwordProtected: page.passwordHash !== null,
    components: page.components.map((c) => ({ id: c.id, checkId: c.checkId, name: c.name, description: c.description, groupName: c.groupName, position: c.position, showResponseTime: c.showResponseTime })),
    createdAt: iso(page.createdAt),
    updatedAt: iso(page.updatedAt),
  };
}

/** The components editor's rows as JSON: a real boolean where the form sends a checkbox's "on". */
const componentsBody = z.object({
  components: z.array(componentSettings.extend({ showResponseTime: z.boolean().default(false) })).max(200, "At most 200 components on a page"),
});

const pageParams = z.object({ pageId });

export const pageOperations = [
  operation({
    id: "listPages",
    method: "GET",
    path: "/pages",
    tag: "Pages",
    summary: "List status pages by name, with their components",
    query: pageQuery,
    response: pageOf(pageView),
    paginated: true,
    run: async (ctx, { query }) => {
      const after = decodeCursor(query.cursor);
      const all = (await listPages(ctx)).filter((page) => !after || page.name > after.at || (page.name === after.at && page.id > after.id));
      const page = pageFrom(all, query.limit, (row) => [row.name, row.id]);
      return { items: await Promise.all(page.items.map((row) => readPage(ctx, row.id))), nextCursor: page.nextCursor };
    },
  }),
  operation({
    id: "createPage",
    method: "POST",
    path: "/pages",
    tag: "Pages",
    summary: "Create a status page; checkIds become its components",
    body: pageInput,
    response: pageView,
    status: 201,
    run: async (ctx, { body }) => readPage(ctx, await createPage(ctx, body)),
  }),
  operation({
    id: "getPage",
    method: "GET",
    path: "/pages/{pageId}",
    tag: "Pages",
    summary: "Read a status page and its components",
    params: pageParams,
    response: pageView,
    run: (ctx, { params }) => readPage(ctx, params.pageId),
  }),
  operation({
    id: "updatePage",
    method: "PUT",
    path: "/pages/{pageId}",
    tag: "Pages",
    summary: "Replace a page's settings; checkIds adds and removes components",
    params: pageParams,
    body: pageInput,
    response: pageView,
    run: async (ctx, { params, body }) => readPage(ctx, await updatePage(ctx, params.pageId, body)),
  }),
  operation({
    id: "deletePage",
    method: "DELETE",
    path: "/pages/{pageId}",
    tag: "Pages",
    summary: "Delete a page with its incidents, maintenance and domains",
    params: pageParams,
    status: 204,
    run: async (ctx, { params }) => {
      await deletePage(ctx, params.pageId);
    },
  }),
  operation({
    id: "updatePageComponents",
    method: "PUT",
    path: "/pages/{pageId}/components",
    tag: "Pages",
    summary: "Name, describe, group and order a page's components",
    params: pageParams,
    body: componentsBody,
    response: pageView,
    run: async (ctx, { params, body }) => {
      await updateComponents(ctx, params.pageId, body);
      return readPage(ctx, params.pageId);
    },
  }),
];
