import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { checkRuns, checks } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { storedCheckConfig } from "@/lib/schemas/check-config";
import type { Ctx } from "../context";

export async function listChecks(ctx: Ctx) {
  return db.select().from(checks).where(eq(checks.workspaceId, ctx.workspaceId)).orderBy(asc(checks.name));
}

export async function getCheck(ctx: Ctx, checkId: string) {
  const [check] = await db
    .select()
    .from(checks)
    .where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId)));
  if (!check) throw new NotFoundError("Check");
  return { ...check, config: storedCheckConfig.parse(check.config) };
}

export async function recentRuns(ctx: Ctx, checkId: string, limit = 50) {
  await getCheck(ctx, checkId);
  return db.select().from(checkRuns).where(eq(checkRuns.checkId, checkId)).orderBy(desc(checkRuns.startedAt)).limit(limit);
}
