import "server-only";
import { and, eq, lte, ne } from "drizzle-orm";
import { maintenances, maintenanceUpdates, pages } from "@/db/schema";
import { db, type Database } from "@/lib/db";
import { emit } from "@/lib/events/emit";
import { newEvent } from "@/lib/events/types";
import { effectiveMaintenanceStatus } from "@/lib/status-page/maintenance";
import { systemCtx } from "../context";
import { recordAudit } from "../audit/record";

type Tx = Pick<Database, "select" | "update" | "insert" | "execute">;

const NOTES = { in_progress: "This maintenance is now in progress.", completed: "This maintenance has been completed." } as const;

/** Moves one window to the status its times give it at `now`, with a timeline entry; idempotent. */
export async function advanceMaintenance(tx: Tx, maintenanceId: string, now: Date): Promise<boolean> {
  const [row] = await tx.select().from(maintenances).where(eq(maintenances.id, maintenanceId)).for("update");
  if (!row) return false;
  const status = effectiveMaintenanceStatus(row.status, row.startsAt, row.endsAt, now);
  if (status === row.status) return false;
  await tx.update(maintenances).set({ status }).where(eq(maintenances.id, maintenanceId));
  if (status !== "scheduled") await tx.insert(maintenanceUpdates).values({ maintenanceId, status, body: NOTES[status], createdAt: now });
  const [page] = await tx.select({ workspaceId: pages.workspaceId }).from(pages).where(eq(pages.id, row.pageId));
  const action = status === "completed" ? "maintenance.completed" : status === "in_progress" ? "maintenance.started" : "maintenance.scheduled";
  const ctx = systemCtx(page!.workspaceId, "maintenance window times");
  await recordAudit(tx, ctx, { action, target: { type: "maintenance", id: maintenanceId, label: row.title } });
  const facts = { pageId: row.pageId, workspaceId: ctx.workspaceId, at: now };
  if (status === "scheduled") await emit(tx, newEvent("page.changed", facts));
  else await emit(tx, newEvent(status === "completed" ? "maintenance.completed" : "maintenance.started", { ...facts, maintenanceId }));
  return true;
}

/** Every window whose start or end has passed, for the minute safety net. */
export async function advanceDueMaintenances(now: Date): Promise<number> {
  const due = await db
    .select({ id: maintenances.id })
    .from(maintenances)
    .where(and(ne(maintenances.status, "completed"), lte(maintenances.startsAt, now)));
  let moved = 0;
  for (const { id } of due) {
    if (await db.transaction((tx) => advanceMaintenance(tx, id, now))) moved++;
  }
  return moved;
}
