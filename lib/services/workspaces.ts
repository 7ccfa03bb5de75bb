import "server-only";
import { asc, eq } from "drizzle-orm";
import { workspaceMembers, workspaces } from "@/db/schema";
import { db } from "@/lib/db";
import type { WorkspaceInput } from "@/lib/schemas/workspace";
import { auditChanges } from "@/lib/audit/changes";
import { assertRole, type Ctx, type Role } from "./context";
import { assertRoomForWorkspace } from "./limits/quotas";
import { recordAudit } from "./audit/record";
import { createDefaultAlerting } from "./alerts/engine/default-policy";

export type Membership = { workspaceId: string; name: string; role: Role; requireTwoFactor: boolean };

export async function listWorkspaces(userId: string): Promise<Membership[]> {
  return db
    .select({ workspaceId: workspaces.id, name: workspaces.name, role: workspaceMembers.role, requireTwoFactor: workspaces.requireTwoFactor })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(eq(workspaceMembers.userId, userId))
    .orderBy(asc(workspaceMembers.createdAt));
}

/** The workspace the user asked for when they belong to it, else their first one. */
export async function resolveMembership(userId: string, wanted: string | undefined): Promise<Membership | null> {
  const all = await listWorkspaces(userId);
  return all.find((m) => m.workspaceId === wanted) ?? all[0] ?? null;
}

export async function createWorkspace(userId: string, input: WorkspaceInput): Promise<string> {
  return db.transaction(async (tx) => {
    await assertRoomForWorkspace(tx, userId);
    const [workspace] = await tx.insert(workspaces).values({ name: input.name }).returning({ id: workspaces.id });
    await tx.insert(workspaceMembers).values({ workspaceId: workspace!.id, userId, role: "owner" });
    await createDefaultAlerting(tx, workspace!.id);
    await recordAudit(tx, { workspaceId: workspace!.id, userId }, { action: "workspace.created", target: { type: "workspace", id: workspace!.id, label: input.name } });
    return workspace!.id;
  });
}

export async function renameWorkspace(ctx: Ctx, input: WorkspaceInput): Promise<void> {
  assertRole(ctx, "admin");
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId)).for("update");
    await tx.update(workspaces).set({ name: input.name }).where(eq(workspaces.id, ctx.workspaceId));
    const target = { type: "workspace" as const, id: ctx.workspaceId, label: input.name };
    await recordAudit(tx, ctx, { action: "workspace.renamed", target, changes: auditChanges({ name: before?.name }, { name: input.name }) });
  });
}
