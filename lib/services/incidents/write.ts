import "server-only";
import { and, eq } from "drizzle-orm";
import { incidentComponents, incidents, incidentUpdates, pages } from "@/db/schema";
import { db, type Database } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { IncidentInput, IncidentUpdateInput } from "@/lib/schemas/incident";
import { auditChanges, auditCreated } from "@/lib/audit/changes";
import { assertRole, type Ctx } from "../context";
import { recordAudit } from "../audit/record";
import { assertComponentsOnPage, ownedPage } from "../pages/owned";
import { emit } from "@/lib/events/emit";
import { newEvent } from "@/lib/events/types";
import { componentStatusEvents, shownStates } from "./component-events";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Opens an incident; its first update reaches subscribers only if it is published. */
export async function createIncident(ctx: Ctx, pageId: string, input: IncidentInput): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    await ownedPage(tx, ctx, pageId);
    await assertComponentsOnPage(tx, pageId, input.components.map((c) => c.componentId));
    const now = new Date();
    const [incident] = await tx
      .insert(incidents)
      .values({
        pageId,
        title: input.title,
        status: input.status,
        impact: input.impact,
        published: input.publish,
        startedAt: now,
        resolvedAt: input.status === "resolved" ? now : null,
      })
      .returning({ id: incidents.id });
    await setComponents(tx, incident!.id, input.components);
    const incidentId = incident!.id;
    await tx.insert(incidentUpdates).values({ incidentId, status: input.status, body: input.message, notify: input.publish, createdAt: now });
    const changes = auditCreated({ status: input.status, impact: input.impact, published: input.publish });
    await recordAudit(tx, ctx, { action: "incident.created", target: { type: "incident", id: incidentId, label: input.title }, changes });
    const after = await shownStates(tx, incidentId, input.publish && input.status !== "resolved");
    await emit(tx, [
      newEvent("incident.created", { incidentId, pageId, workspaceId: ctx.workspaceId, notify: input.publish, at: now }),
      ...componentStatusEvents(pageId, new Map(), after, now),
    ]);
    return incidentId;
  });
}

/** The incident, if its page belongs to the acting workspace. */
async function ownedIncident(tx: Tx, ctx: Ctx, incidentId: string) {
  const [row] = await tx
    .select({ id: incidents.id, pageId: incidents.pageId, title: incidents.title, status: incidents.status, published: incidents.published })
    .from(incidents)
    .innerJoin(pages, eq(pages.id, incidents.pageId))
    .where(and(eq(incidents.id, incidentId), eq(pages.workspaceId, ctx.workspaceId)))
    .for("update", { of: incidents });
  if (!row) throw new NotFoundError("Incident");
  return row;
}

/**
 * Posts an update. While open, the affected components show the states given here; resolving
 * keeps them for the record but no longer applies them, so components fall back to their checks.
 * Returns the incident's page. Subscribers hear of it if `notify` and the incident is published.
 */
export async function postIncidentUpdate(ctx: Ctx, incidentId: string, input: IncidentUpdateInput): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const incident = await ownedIncident(tx, ctx, incidentId);
    const now = new Date();
    const before = await shownStates(tx, incidentId, incident.published && incident.status !== "resolved");
    if (input.status !== "resolved") {
      await assertComponentsOnPage(tx, incident.pageId, input.components.map((c) => c.componentId));
      await setComponents(tx, incidentId, input.components);
    }
    await tx
      .update(incidents)
      .set({ status: input.status, updatedAt: now, resolvedAt: input.status === "resolved" ? now : null })
      .where(eq(incidents.id, incidentId));
    await tx.insert(incidentUpdates).values({ incidentId, status: input.status, body: input.message, notify: input.notify, createdAt: now });
    const changes = auditChanges({ status: incident.status }, { status: input.status });
    await recordAudit(tx, ctx, { action: "incident_update.created", target: { type: "incident", id: incidentId, label: incident.title }, changes });
    const resolved = input.status === "resolved" && incident.status !== "resolved";
    const facts = { incidentId, pageId: incident.pageId, workspaceId: ctx.workspaceId, notify: input.notify && incident.published, at: now };
    const after = await shownStates(tx, incidentId, incident.published && input.status !== "resolved");
    await emit(tx, [newEvent(resolved ? "incident.resolved" : "incident.updated", facts), ...componentStatusEvents(incident.pageId, before, after, now)]);
    return incident.pageId;
  });
}

/** A draft goes public: the first time subscribers may hear of it. */
export async function publishIncident(ctx: Ctx, incidentId: string): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const incident = await ownedIncident(tx, ctx, incidentId);
    if (incident.published) return incident.pageId;
    const now = new Date();
    await tx.update(incidents).set({ published: true, updatedAt: now }).where(eq(incidents.id, incidentId));
    await recordAudit(tx, ctx, { action: "incident.published", target: { type: "incident", id: incidentId, label: incident.title } });
    const after = await shownStates(tx, incidentId, incident.status !== "resolved");
    await emit(tx, [
      newEvent("incident.updated", { incidentId, pageId: incident.pageId, workspaceId: ctx.workspaceId, notify: true, at: now }),
      ...componentStatusEvents(incident.pageId, new Map(), after, now),
    ]);
    return incident.pageId;
  });
}

export async function deleteIncident(ctx: Ctx, incidentId: string): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const incident = await ownedIncident(tx, ctx, incidentId);
    const now = new Date();
    const before = await shownStates(tx, incidentId, incident.published && incident.status !== "resolved");
    await tx.delete(incidents).where(eq(incidents.id, incidentId));
    await recordAudit(tx, ctx, { action: "incident.deleted", target: { type: "incident", id: incidentId, label: incident.title } });
    await emit(tx, [
      newEvent("page.changed", { pageId: incident.pageId, workspaceId: ctx.workspaceId, at: now }),
      ...componentStatusEvents(incident.pageId, before, new Map(), now),
    ]);
    return incident.pageId;
  });
}

async function setComponents(tx: Tx, incidentId: string, components: IncidentInput["components"]) {
  await tx.delete(incidentComponents).where(eq(incidentComponents.incidentId, incidentId));
  if (components.length) await tx.insert(incidentComponents).values(components.map((c) => ({ incidentId, componentId: c.componentId, state: c.state })));
}
