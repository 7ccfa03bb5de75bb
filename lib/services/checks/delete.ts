import "server-only";
import { and, eq } from "drizzle-orm";
import { checks } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { assertRole, type Ctx } from "../context";
import { unscheduleCheck } from "./schedule";

export async function deleteCheck(ctx: Ctx, checkId: string): Promise<void> {
  assertRole(ctx, "editor");
  await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(checks)
      .where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId)))
      .returning({ id: checks.id });
    if (deleted.length === 0) throw new NotFoundError("Check");
    await unscheduleCheck(tx, checkId);
  });
}
