import { z } from "zod";
import { componentStateInput, incidentId, incidentImpact, incidentStatus } from "@/lib/schemas/incident";
import { pageId } from "@/lib/schemas/page";
import type { PersonCtx } from "@/lib/services/context";
import { getIncident, listIncidents } from "@/lib/services/incidents/read";
import { createIncident, deleteIncident, postIncidentUpdate, publishIncident } from "@/lib/services/incidents/write";
import { operation } from "../operation";
import { incidentDetailView, incidentView, iso } from "../views";

const message = z.string().trim().min(1, "Write an update for your visitors").max(10_000, "Keep an update under 10,000 characters");
/** Affected components as a JSON list, where the form sends one select per component. */
const affected = z.array(z.object({ componentId: z.uuid("Unknown component"), state: componentStateInput })).max(200).default([]);

const incidentBody = z.object({ title: z.string().trim().min(1, "Enter a title").max(200, "Keep the title under 200 characters"), status: incidentStatus, impact: incidentImpact, message, publish: z.boolean().default(true), components: affected });
const updateBody = z.object({ status: incidentStatus, message, components: affected, notify: z.boolean().default(true) });

type IncidentRow = Awaited<ReturnType<typeof listIncidents>>[number];
const toIncident = (row: IncidentRow) => ({
  id: row.id,
  pageId: row.pageId,
  title: row.title,
  status: row.status,
  impact: row.impact,
  automatic: row.automatic,
  published: row.published,
  startedAt: iso(row.startedAt),
  resolvedAt: iso(row.resolvedAt),
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
});

export async function readIncident(ctx: PersonCtx, id: string): Promise<z.infer<typeof incidentDetailView>> {
  const incident = await getIncident(ctx, id);
  return {
    ...toIncident(incident),
    updates: incident.updates.map((u) => ({ id: u.id, status: u.status, message: u.body, notify: u.notify, createdAt: iso(u.createdAt) })),
    components: incident.components.map((c) => ({ componentId: c.componentId, name: c.name, state: c.state })),
  };
}

const incidentParams = z.object({ incidentId });

export const incidentOperations = [
  operation({
    id: "listIncidents",
    method: "GET",
    path: "/pages/{pageId}/incidents",
    tag: "Incidents",
    summary: "A page's latest 200 incidents, newest first",
    params: z.object({ pageId }),
    response: z.object({ items: z.array(incidentView) }),
    run: async (ctx, { params }) => ({ items: (await listIncidents(ctx, params.pageId)).map(toIncident) }),
  }),
  operation({
    id: "createIncident",
    method: "POST",
    path: "/pages/{pageId}/incidents",
    tag: "Incidents",
    summary: "Open an incident on a page (a draft unless publish is true)",
    params: z.object({ pageId }),
    body: incidentBody,
    response: incidentDetailView,
    status: 201,
    run: async (ctx, { params, body }) => readIncident(ctx, await createIncident(ctx, params.pageId, body)),
  }),
  operation({
    id: "getIncident",
    method: "GET",
    path: "/incidents/{incidentId}",
    tag: "Incidents",
    summary: "Read an incident with its updates and affected components",
    params: incidentParams,
    response: incidentDetailView,
    run: (ctx, { params }) => readIncident(ctx, params.incidentId),
  }),
  operation({
    id: "postIncidentUpdate",
    method: "POST",
    path: "/incidents/{incidentId}/updates",
    tag: "Incidents",
    summary: "Post an update; status resolved resolves the incident",
    params: incidentParams,
    body: updateBody,
    response: incidentDetailView,
    status: 201,
    run: async (ctx, { params, body }) => {
      await postIncidentUpdate(ctx, params.incidentId, body);
      return readIncident(ctx, params.incidentId);
    },
  }),
  operation({
    id: "publishIncident",
    method: "POST",
    path: "/incidents/{incidentId}/publish",
    tag: "Incidents",
    summary: "Publish a draft incident",
    params: incidentParams,
    response: incidentDetailView,
    run: async (ctx, { params }) => {
      await publishIncident(ctx, params.incidentId);
      return readIncident(ctx, params.incidentId);
    },
  }),
  operation({
    id: "deleteIncident",
    method: "DELETE",
    path: "/incidents/{incidentId}",
    tag: "Incidents",
    summary: "Delete an incident",
    params: incidentParams,
    status: 204,
    run: async (ctx, { params }) => {
      await deleteIncident(ctx, params.incidentId);
    },
  }),
];
