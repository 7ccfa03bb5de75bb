import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { userTotp, workspaceMembers, workspaces } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertRole, type PersonCtx as Ctx } from "../context";

/** The names of the user's workspaces whose owners require two-factor authentication. */
export async function workspacesRequiringTwoFactor(userId: string): Promise<string[]> {
  const rows = await db
    .select({ name: workspaces.name })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(and(eq(workspaceMembers.userId, userId), eq(workspaces.requireTwoFactor, true)));
  return rows.map((r) => r.name);
}

export async function workspaceRequiresTwoFactor(ctx: Ctx): Promise<boolean> {
  const [row] = await db.select({ required: workspaces.requireTwoFactor }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId));
  if (!row) throw new NotFoundError("Workspace");
  return row.required;
}

/**
 * Owners only. Turning it on needs the owner's own two-factor first, so they cannot lock
 * themselves out; members without it are sent to set it up on their next request.
 */
export async function setWorkspaceRequiresTwoFactor(ctx: Ctx, required: boolean): Promise<void> {
  assertRole(ctx, "owner");
  if (required) {
    const [own] = await db.select({ userId: userTotp.userId }).from(userTotp).where(and(eq(userTotp.userId, ctx.userId), isNotNull(userTotp.enabledAt)));
    if (!own) {
      throw new ValidationError("Set up two-factor authentication for your own account first", {
        required: ["Set up two-factor authentication for your own account first (Account → Two-factor authentication)."],
      });
    }
  }
  const updated = await db.update(workspaces).set({ requireTwoFactor: required }).where(eq(workspaces.id, ctx.workspaceId)).returning({ id: workspaces.id });
  if (updated.length === 0) throw new NotFoundError("Workspace");
}
