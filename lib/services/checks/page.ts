import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { checks } from "@/db/schema";
import { db } from "@/lib/db";
import { storedCheckConfig } from "@/lib/schemas/check-config";
import type { Ctx } from "../context";
import { shown } from "./read";
import { tagsOfChecks } from "./tags";

/** Cursors carry JavaScript dates: milliseconds, where PostgreSQL keeps microseconds. */
const createdMs = sql`date_trunc('milliseconds', ${checks.createdAt})`;

/** Checks by creation time then id, after a position: a stable order for paging through an API. */
export async function checksAfter(ctx: Ctx, after: { at: string; id: string } | null, limit: number) {
  const where: SQL[] = [eq(checks.workspaceId, ctx.workspaceId)];
  if (after) where.push(sql`(${createdMs}, ${checks.id}) > (${after.at}::timestamptz, ${after.id}::uuid)`);
  const rows = await db.select().from(checks).where(and(...where)).orderBy(asc(createdMs), asc(checks.id)).limit(limit);
  const tags = await tagsOfChecks(ctx, rows.map((row) => row.id));
  return rows.map((row) => {
    const visible = shown(ctx, row);
    return { ...visible, heartbeatToken: null, config: storedCheckConfig.parse(visible.config), tags: tags.get(row.id) ?? [] };
  });
}
