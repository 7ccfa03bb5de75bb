import "server-only";
import { and, eq } from "drizzle-orm";
import { checks } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { assertRole, type Ctx } from "../context";
import { recordAudit } from "../audit/record";
import { pagesShowingCheckChanged } from "../pages/showing-check";
import { unscheduleCheck } from "./schedule";

export async function deleteCheck(ctx: Ctx, checkId: string): Promise<void> {
  assertRole(ctx, "editor");
  await db.transaction(async (tx) => {
    // Before the delete, while the page components still point at the check; rolled back with it.
    await pagesShowingCheckChanged(tx, ctx.workspaceId, checkId);
    const deleted = await tx
      .delete(checks)
      .where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId)))
      .returning({ id: checks.id, name: checks.name });
    if (!deleted[0]) throw new NotFoundError("Check");
    await recordAudit(tx, ctx, { action: "check.deleted", target: { type: "check", id: checkId, label: deleted[0].name } });
    await unscheduleCheck(tx, checkId);
  });
}
