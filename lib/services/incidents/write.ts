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
import { notifyPagesChanged } from "../status-page/notify";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

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
    await tx.insert(incidentUpdates).values({ incidentId: incident!.id, status: input.status, body: input.message, createdAt: now });
    const changes = auditCreated({ status: input.status, impact: input.impact, published: input.publish });
    await recordAudit(tx, ctx, { action: "incident.created", target: { type: "incident", id: incident!.id, label: input.title }, changes });
    await notifyPagesChanged(tx, [pageId]);
    return incident!.id;
  });
}

/** The incident, if its page belongs to the acting workspace. */
async function ownedIncident(tx: Tx, ctx: Ctx, incidentId: string) {
  const [row] = await tx
    .select({ id: incidents.id, pageId: incidents.pageId, title: incidents.title, status: incidents.status })
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
 */
export async function postIncidentUpdate(ctx: Ctx, incidentId: string, input: IncidentUpdateInput): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const incident = await ownedIncident(tx, ctx, incidentId);
    const now = new Date();
    if (input.status !== "resolved") {
      await assertComponentsOnPage(tx, incident.pageId, input.components.map((c) => c.componentId));
      await setComponents(tx, incidentId, input.components);
    }
    await tx
      .update(incidents)
      .set({ status: input.status, updatedAt: now, resolvedAt: input.status === "resolved" ? now : null })
      .where(eq(incidents.id, incidentId));
    await tx.insert(incidentUpdates).values({ incidentId, status: input.status, body: input.message, createdAt: now });
    const changes = auditChanges({ status: incident.status }, { status: input.status });
    await recordAudit(tx, ctx, { action: "incident_update.created", target: { type: "incident", id: incidentId, label: incident.title }, changes });
    await notifyPagesChanged(tx, [incident.pageId]);
    return incident.pageId;
  });
}

export async function publishIncident(ctx: Ctx, incidentId: string): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const incident = await ownedIncident(tx, ctx, incidentId);
    await tx.update(incidents).set({ published: true, updatedAt: new Date() }).where(eq(incidents.id, incidentId));
    await recordAudit(tx, ctx, { action: "incident.published", target: { type: "incident", id: incidentId, label: incident.title } });
    await notifyPagesChanged(tx, [incident.pageId]);
    return incident.pageId;
  });
}

export async function deleteIncident(ctx: Ctx, incidentId: string): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const incident = await ownedIncident(tx, ctx, incidentId);
    await tx.delete(incidents).where(eq(incidents.id, incidentId));
    await recordAudit(tx, ctx, { action: "incident.deleted", target: { type: "incident", id: incidentId, label: incident.title } });
    await notifyPagesChanged(tx, [incident.pageId]);
    return incident.pageId;
  });
}

async function setComponents(tx: Tx, incidentId: string, components: IncidentInput["components"]) {
  await tx.delete(incidentComponents).where(eq(incidentComponents.incidentId, incidentId));
  if (components.length) await tx.insert(incidentComponents).values(components.map((c) => ({ incidentId, componentId: c.componentId, state: c.state })));
}
