import "server-only";
import { and, asc, eq, gt, or, type SQL } from "drizzle-orm";
import { checks } from "@/db/schema";
import { db } from "@/lib/db";
import { storedCheckConfig } from "@/lib/schemas/check-config";
import type { Ctx } from "../context";
import { shown } from "./read";
import { tagsOfChecks } from "./tags";

/** Checks by creation time then id, after a position: a stable order for paging through an API. */
export async function checksAfter(ctx: Ctx, after: { at: string; id: string } | null, limit: number) {
  const where: SQL[] = [eq(checks.workspaceId, ctx.workspaceId)];
  if (after) where.push(or(gt(checks.createdAt, new Date(after.at)), and(eq(checks.createdAt, new Date(after.at)), gt(checks.id, after.id)))!);
  const rows = await db.select().from(checks).where(and(...where)).orderBy(asc(checks.createdAt), asc(checks.id)).limit(limit);
  const tags = await tagsOfChecks(ctx, rows.map((row) => row.id));
  return rows.map((row) => {
    const visible = shown(ctx, row);
    return { ...visible, heartbeatToken: null, config: storedCheckConfig.parse(visible.config), tags: tags.get(row.id) ?? [] };
  });
}
