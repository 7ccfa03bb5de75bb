import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { incidentComponents, incidents, incidentUpdates, pageComponents, pages } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Ctx } from "../context";
import { ownedPage } from "../pages/owned";

export async function listIncidents(ctx: Ctx, pageId: string) {
  await ownedPage(db, ctx, pageId);
  return db.select().from(incidents).where(eq(incidents.pageId, pageId)).orderBy(desc(incidents.startedAt)).limit(200);
}

export async function getIncident(ctx: Ctx, incidentId: string) {
  const [row] = await db
    .select({ incident: incidents })
    .from(incidents)
    .innerJoin(pages, eq(pages.id, incidents.pageId))
    .where(and(eq(incidents.id, incidentId), eq(pages.workspaceId, ctx.workspaceId)));
  if (!row) throw new NotFoundError("Incident");
  const [updates, components] = await Promise.all([
    db.select().from(incidentUpdates).where(eq(incidentUpdates.incidentId, incidentId)).orderBy(desc(incidentUpdates.createdAt)),
    db
      .select({ componentId: incidentComponents.componentId, state: incidentComponents.state, name: pageComponents.name })
      .from(incidentComponents)
      .innerJoin(pageComponents, eq(pageComponents.id, incidentComponents.componentId))
      .where(eq(incidentComponents.incidentId, incidentId))
      .orderBy(asc(pageComponents.position)),
  ]);
  return { ...row.incident, updates, components };
}
