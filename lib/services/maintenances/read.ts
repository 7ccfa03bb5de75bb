import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { maintenanceComponents, maintenances, maintenanceUpdates, pageComponents, pages } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Ctx } from "../context";
import { ownedPage } from "../pages/owned";

export async function listMaintenances(ctx: Ctx, pageId: string) {
  await ownedPage(db, ctx, pageId);
  return db.select().from(maintenances).where(eq(maintenances.pageId, pageId)).orderBy(desc(maintenances.startsAt)).limit(200);
}

export async function getMaintenance(ctx: Ctx, maintenanceId: string) {
  const [row] = await db
    .select({ maintenance: maintenances, timeZone: pages.timeZone })
    .from(maintenances)
    .innerJoin(pages, eq(pages.id, maintenances.pageId))
    .where(and(eq(maintenances.id, maintenanceId), eq(pages.workspaceId, ctx.workspaceId)));
  if (!row) throw new NotFoundError("Maintenance");
  const [updates, components] = await Promise.all([
    db.select().from(maintenanceUpdates).where(eq(maintenanceUpdates.maintenanceId, maintenanceId)).orderBy(desc(maintenanceUpdates.createdAt)),
    db
      .select({ id: pageComponents.id, name: pageComponents.name })
      .from(maintenanceComponents)
      .innerJoin(pageComponents, eq(pageComponents.id, maintenanceComponents.componentId))
      .where(eq(maintenanceComponents.maintenanceId, maintenanceId))
      .orderBy(asc(pageComponents.position)),
  ]);
  return { ...row.maintenance, timeZone: row.timeZone, updates, components };
}
