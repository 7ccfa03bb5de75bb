import "server-only";
import { and, eq } from "drizzle-orm";
import { maintenanceComponents, maintenances, maintenanceUpdates, pages } from "@/db/schema";
import { db, type Database } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { MaintenanceInput } from "@/lib/schemas/maintenance";
import { fromLocalDateTime } from "@/lib/status-page/zoned";
import { auditCreated } from "@/lib/audit/changes";
import { assertRole, type Ctx } from "../context";
import { recordAudit } from "../audit/record";
import { assertComponentsOnPage, ownedPage } from "../pages/owned";
import { emit } from "@/lib/events/emit";
import { newEvent } from "@/lib/events/types";
import { advanceMaintenance } from "./advance";
import { scheduleMaintenanceAdvance } from "./schedule";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Schedules a window; times are the page's wall-clock times. */
export async function createMaintenance(ctx: Ctx, pageId: string, input: MaintenanceInput): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const page = await ownedPage(tx, ctx, pageId);
    await assertComponentsOnPage(tx, pageId, input.componentIds, "componentIds");
    const startsAt = fromLocalDateTime(input.startsAt, page.timeZone);
    const endsAt = fromLocalDateTime(input.endsAt, page.timeZone);
    const [maintenance] = await tx
      .insert(maintenances)
      .values({ pageId, title: input.title, description: input.description, startsAt, endsAt })
      .returning({ id: maintenances.id });
    const id = maintenance!.id;
    const changes = auditCreated({ startsAt, endsAt, timeZone: page.timeZone });
    await recordAudit(tx, ctx, { action: "maintenance.scheduled", target: { type: "maintenance", id, label: input.title }, changes });
    if (input.componentIds.length) await tx.insert(maintenanceComponents).values([...new Set(input.componentIds)].map((componentId) => ({ maintenanceId: id, componentId })));
    await tx.insert(maintenanceUpdates).values({ maintenanceId: id, status: "scheduled", body: input.description ?? "This maintenance is scheduled." });
    await scheduleMaintenanceAdvance(tx, id, [startsAt, endsAt]);
    await emit(tx, newEvent("maintenance.scheduled", { maintenanceId: id, pageId, workspaceId: ctx.workspaceId }));
    // A window entered in the past starts (or ends) right away rather than at the next job.
    await advanceMaintenance(tx, id, new Date());
    return id;
  });
}

async function ownedMaintenance(tx: Tx, ctx: Ctx, maintenanceId: string) {
  const [row] = await tx
    .select({ id: maintenances.id, pageId: maintenances.pageId, title: maintenances.title, status: maintenances.status })
    .from(maintenances)
    .innerJoin(pages, eq(pages.id, maintenances.pageId))
    .where(and(eq(maintenances.id, maintenanceId), eq(pages.workspaceId, ctx.workspaceId)))
    .for("update", { of: maintenances });
  if (!row) throw new NotFoundError("Maintenance");
  return row;
}

export async function postMaintenanceUpdate(ctx: Ctx, maintenanceId: string, message: string): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const maintenance = await ownedMaintenance(tx, ctx, maintenanceId);
    await tx.insert(maintenanceUpdates).values({ maintenanceId, status: maintenance.status, body: message });
    await recordAudit(tx, ctx, { action: "maintenance_update.created", target: { type: "maintenance", id: maintenanceId, label: maintenance.title } });
    await emit(tx, newEvent("page.changed", { pageId: maintenance.pageId, workspaceId: ctx.workspaceId }));
    return maintenance.pageId;
  });
}

/** Ends a window early: the components go back to their checks' state now. */
export async function completeMaintenance(ctx: Ctx, maintenanceId: string): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const maintenance = await ownedMaintenance(tx, ctx, maintenanceId);
    if (maintenance.status !== "completed") {
      await tx.update(maintenances).set({ status: "completed" }).where(eq(maintenances.id, maintenanceId));
      await tx.insert(maintenanceUpdates).values({ maintenanceId, status: "completed", body: "This maintenance has been completed." });
      await recordAudit(tx, ctx, { action: "maintenance.completed", target: { type: "maintenance", id: maintenanceId, label: maintenance.title } });
      await emit(tx, newEvent("maintenance.completed", { maintenanceId, pageId: maintenance.pageId, workspaceId: ctx.workspaceId }));
    }
    return maintenance.pageId;
  });
}

export async function deleteMaintenance(ctx: Ctx, maintenanceId: string): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const maintenance = await ownedMaintenance(tx, ctx, maintenanceId);
    await tx.delete(maintenances).where(eq(maintenances.id, maintenanceId));
    await recordAudit(tx, ctx, { action: "maintenance.deleted", target: { type: "maintenance", id: maintenanceId, label: maintenance.title } });
    await emit(tx, newEvent("page.changed", { pageId: maintenance.pageId, workspaceId: ctx.workspaceId }));
    return maintenance.pageId;
  });
}
