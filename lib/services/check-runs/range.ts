import "server-only";
import { and, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { checkRuns, checks, outages } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Ctx } from "../context";

export type TimeRange = { from?: Date; to?: Date };

async function assertOwnCheck(ctx: Ctx, checkId: string): Promise<void> {
  const [check] = await db.select({ id: checks.id }).from(checks).where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId)));
  if (!check) throw new NotFoundError("Check");
}

const startedMs = sql`date_trunc('milliseconds', ${checkRuns.startedAt})`;

/** A check's runs in a time range, newest first, after a (start, region) position of a previous page. */
export async function runsOfCheck(ctx: Ctx, checkId: string, range: TimeRange, after: { at: string; id: string } | null, limit: number) {
  await assertOwnCheck(ctx, checkId);
  const where: SQL[] = [eq(checkRuns.checkId, checkId)];
  if (range.from) where.push(gte(checkRuns.startedAt, range.from));
  if (range.to) where.push(lt(checkRuns.startedAt, range.to));
  if (after) where.push(sql`(${startedMs}, ${checkRuns.region}) < (${after.at}::timestamptz, ${after.id})`);
  return db
    .select({ startedAt: checkRuns.startedAt, region: checkRuns.region, ok: checkRuns.ok, latencyMs: checkRuns.latencyMs, statusCode: checkRuns.statusCode, errorClass: checkRuns.errorClass, error: checkRuns.error })
    .from(checkRuns)
    .where(and(...where))
    .orderBy(desc(startedMs), desc(checkRuns.region))
    .limit(limit);
}

/** A check's outages overlapping a time range, newest first. */
export async function outagesOfCheck(ctx: Ctx, checkId: string, range: TimeRange, after: { at: string; id: string } | null, limit: number) {
  await assertOwnCheck(ctx, checkId);
  const startMs = sql`date_trunc('milliseconds', ${outages.startedAt})`;
  const where: SQL[] = [eq(outages.checkId, checkId)];
  if (range.from) where.push(sql`coalesce(${outages.endedAt}, now()) >= ${range.from.toISOString()}::timestamptz`);
  if (range.to) where.push(lt(outages.startedAt, range.to));
  if (after) where.push(sql`(${startMs}, ${outages.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`);
  return db
    .select({ id: outages.id, status: outages.status, startedAt: outages.startedAt, endedAt: outages.endedAt, cause: outages.cause })
    .from(outages)
    .where(and(...where))
    .orderBy(desc(startMs), desc(outages.id))
    .limit(limit);
}
