import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { checks, outages } from "@/db/schema";
import { db } from "@/lib/db";
import type { Ctx } from "../context";

/** A check's most recent outages, newest first; a foreign check id yields none. */
export async function listOutages(ctx: Ctx, checkId: string, limit = 20) {
  return db
    .select({ id: outages.id, status: outages.status, startedAt: outages.startedAt, endedAt: outages.endedAt, cause: outages.cause })
    .from(outages)
    .innerJoin(checks, eq(checks.id, outages.checkId))
    .where(and(eq(outages.checkId, checkId), eq(checks.workspaceId, ctx.workspaceId)))
    .orderBy(desc(outages.startedAt))
    .limit(limit);
}
