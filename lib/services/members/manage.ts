import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { users, workspaceMembers } from "@/db/schema";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { assertRole, type Ctx, type Role } from "../context";
import { auditChanges } from "@/lib/audit/changes";
import { recordAudit } from "../audit/record";
import { auditedMember, memberEmail } from "../audit/targets";

export async function listMembers(ctx: Ctx) {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, role: workspaceMembers.role, joinedAt: workspaceMembers.createdAt })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, ctx.workspaceId))
    .orderBy(asc(workspaceMembers.createdAt));
}

/** Removes a member (or lets a member leave); the last owner can never be removed. */
export async function removeMember(ctx: Ctx, userId: string): Promise<void> {
  if (userId !== ctx.userId) assertRole(ctx, "admin");
  await db.transaction(async (tx) => {
    const [target] = await tx
      .select({ role: workspaceMembers.role })
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, ctx.workspaceId), eq(workspaceMembers.userId, userId)))
      .for("update");
    if (!target) throw new NotFoundError("Member");
    if (target.role === "owner") {
      if (ctx.role !== "owner") throw new ForbiddenError("Only an owner can remove an owner");
      const [owners] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(workspaceMembers)
        .where(and(eq(workspaceMembers.workspaceId, ctx.workspaceId), eq(workspaceMembers.role, "owner")));
      if ((owners?.n ?? 0) <= 1) throw new ForbiddenError("A workspace needs at least one owner");
    }
    await tx.delete(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, ctx.workspaceId), eq(workspaceMembers.userId, userId)));
    const member = { type: "member" as const, id: userId, label: await memberEmail(tx, userId) };
    const changes = [{ field: "role", before: target.role }];
    await recordAudit(tx, ctx, { action: userId === ctx.userId ? "member.left" : "member.removed", target: member, changes });
  });
}

export async function changeMemberRole(ctx: Ctx, userId: string, role: Exclude<Role, "owner">): Promise<void> {
  assertRole(ctx, role === "admin" ? "owner" : "admin");
  if (userId === ctx.userId) throw new ForbiddenError("You cannot change your own role");
  await db.transaction(async (tx) => {
    const before = await auditedMember(tx, ctx, userId);
    const updated = await tx
      .update(workspaceMembers)
      .set({ role })
      .where(and(eq(workspaceMembers.workspaceId, ctx.workspaceId), eq(workspaceMembers.userId, userId), sql`${workspaceMembers.role} <> 'owner'`))
      .returning({ userId: workspaceMembers.userId });
    if (updated.length === 0 || !before) throw new NotFoundError("Member");
    const target = { type: "member" as const, id: userId, label: before.email };
    await recordAudit(tx, ctx, { action: "member.role_changed", target, changes: auditChanges({ role: before.role }, { role }) });
  });
}
