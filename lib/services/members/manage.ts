import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { users, workspaceMembers } from "@/db/schema";
import { db, type Database } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { assertRole, type Ctx, type Role } from "../context";
import { auditChanges } from "@/lib/audit/changes";
import { recordAudit } from "../audit/record";
import { memberEmail } from "../audit/targets";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export async function listMembers(ctx: Ctx) {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, role: workspaceMembers.role, joinedAt: workspaceMembers.createdAt })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, ctx.workspaceId))
    .orderBy(asc(workspaceMembers.createdAt));
}

/**
 * Locks every owner row of the workspace and returns the owners, then the target's row. Two owners
 * acting on each other at once are serialised here: the second sees the first's change (an owner
 * demoted meanwhile is no longer among the owners), so the count can never reach zero.
 */
async function lockOwnersAndTarget(tx: Tx, ctx: Ctx, userId: string) {
  const owners = await tx
    .select({ userId: workspaceMembers.userId })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, ctx.workspaceId), eq(workspaceMembers.role, "owner")))
    .orderBy(asc(workspaceMembers.userId))
    .for("update");
  const [target] = await tx
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, ctx.workspaceId), eq(workspaceMembers.userId, userId)))
    .for("update");
  if (!target) throw new NotFoundError("Member");
  const actorIsOwner = owners.some((o) => o.userId === ctx.userId);
  return { ownerCount: owners.length, target, actorIsOwner };
}

const managesAdmins = (role: Role) => role === "owner" || role === "admin";

/** Removes a member (or lets a member leave). Only owners remove admins and owners; the last owner stays. */
export async function removeMember(ctx: Ctx, userId: string): Promise<void> {
  if (userId !== ctx.userId) assertRole(ctx, "admin");
  await db.transaction(async (tx) => {
    const { ownerCount, target, actorIsOwner } = await lockOwnersAndTarget(tx, ctx, userId);
    if (userId !== ctx.userId && managesAdmins(target.role) && !actorIsOwner) throw new ForbiddenError("Only an owner can remove an admin or an owner");
    if (target.role === "owner" && ownerCount <= 1) throw new ForbiddenError("A workspace needs at least one owner");
    await tx.delete(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, ctx.workspaceId), eq(workspaceMembers.userId, userId)));
    const member = { type: "member" as const, id: userId, label: await memberEmail(tx, userId) };
    const changes = [{ field: "role", before: target.role }];
    await recordAudit(tx, ctx, { action: userId === ctx.userId ? "member.left" : "member.removed", target: member, changes });
  });
}

/** Admins set editors and viewers; only owners make or unmake admins and owners, and one owner always remains. */
export async function changeMemberRole(ctx: Ctx, userId: string, role: Role): Promise<void> {
  assertRole(ctx, managesAdmins(role) ? "owner" : "admin");
  if (userId === ctx.userId) throw new ForbiddenError("You cannot change your own role");
  await db.transaction(async (tx) => {
    const { ownerCount, target, actorIsOwner } = await lockOwnersAndTarget(tx, ctx, userId);
    if ((managesAdmins(role) || managesAdmins(target.role)) && !actorIsOwner) {
      throw new ForbiddenError("Only an owner can change an admin's or an owner's role");
    }
    if (target.role === "owner" && role !== "owner" && ownerCount <= 1) throw new ForbiddenError("A workspace needs at least one owner");
    await tx
      .update(workspaceMembers)
      .set({ role })
      .where(and(eq(workspaceMembers.workspaceId, ctx.workspaceId), eq(workspaceMembers.userId, userId)));
    const member = { type: "member" as const, id: userId, label: await memberEmail(tx, userId) };
    await recordAudit(tx, ctx, { action: "member.role_changed", target: member, changes: auditChanges({ role: target.role }, { role }) });
  });
}
