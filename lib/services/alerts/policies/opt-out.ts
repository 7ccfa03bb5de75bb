import "server-only";
import { and, eq } from "drizzle-orm";
import { alertOptOuts, checks } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "../../audit/record";
import { assertRole, assertScope, type Ctx } from "../../context";

/** A check that opts out alerts no one, whatever the policies say; opting back in restores them. */
export async function setCheckAlertsOptOut(ctx: Ctx, checkId: string, optOut: boolean): Promise<void> {
  assertRole(ctx, "editor");
  assertScope(ctx, "write");
  await db.transaction(async (tx) => {
    const [check] = await tx.select({ id: checks.id, name: checks.name }).from(checks).where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId)));
    if (!check) throw new NotFoundError("That check does not exist");
    if (optOut) await tx.insert(alertOptOuts).values({ checkId, workspaceId: ctx.workspaceId }).onConflictDoNothing();
    else await tx.delete(alertOptOuts).where(eq(alertOptOuts.checkId, checkId));
    const action = optOut ? "check.alerts_opted_out" : "check.alerts_opted_in";
    await recordAudit(tx, ctx, { action, target: { type: "check", id: checkId, label: check.name } });
  });
}
