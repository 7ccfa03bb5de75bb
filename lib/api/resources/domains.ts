import { z } from "zod";
import { domainId, domainInput } from "@/lib/schemas/domain";
import { pageId } from "@/lib/schemas/page";
import { addDomain, listDomains, removeDomain, requestDomainCheck } from "@/lib/services/domains/manage";
import { ApiProblem } from "../problem";
import { operation } from "../operation";
import { domainView, iso } from "../views";

type DomainRow = Awaited<ReturnType<typeof listDomains>>[number];
const toDomain = (row: DomainRow): z.infer<typeof domainView> => ({
  id: row.id,
  pageId: row.pageId,
  hostname: row.hostname,
  verificationToken: row.verificationToken,
  verifiedAt: iso(row.verifiedAt),
  lastCheckedAt: iso(row.lastCheckedAt),
  lastError: row.lastError,
  createdAt: iso(row.createdAt),
});

const pageParams = z.object({ pageId });

export const domainOperations = [
  operation({
    id: "listDomains",
    method: "GET",
    path: "/pages/{pageId}/domains",
    tag: "Custom domains",
    summary: "A page's custom domains and their verification",
    params: pageParams,
    response: z.object({ items: z.array(domainView) }),
    run: async (ctx, { params }) => ({ items: (await listDomains(ctx, params.pageId)).map(toDomain) }),
  }),
  operation({
    id: "addDomain",
    method: "POST",
    path: "/pages/{pageId}/domains",
    tag: "Custom domains",
    summary: "Add a custom domain (admins); its DNS is checked at once",
    params: pageParams,
    body: domainInput,
    response: domainView,
    status: 201,
    run: async (ctx, { params, body }) => {
      const id = await addDomain(ctx, params.pageId, body.hostname);
      const domain = (await listDomains(ctx, params.pageId)).find((row) => row.id === id);
      if (!domain) throw new ApiProblem(404, "Domain not found");
      return toDomain(domain);
    },
  }),
  operation({
    id: "checkDomain",
    method: "POST",
    path: "/domains/{domainId}/check",
    tag: "Custom domains",
    summary: "Check a domain's DNS again soon",
    params: z.object({ domainId }),
    status: 204,
    run: (ctx, { params }) => requestDomainCheck(ctx, params.domainId),
  }),
  operation({
    id: "removeDomain",
    method: "DELETE",
    path: "/domains/{domainId}",
    tag: "Custom domains",
    summary: "Remove a custom domain (admins)",
    params: z.object({ domainId }),
    status: 204,
    run: async (ctx, { params }) => {
      await removeDomain(ctx, params.domainId);
    },
  }),
];
