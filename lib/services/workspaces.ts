import "server-only";
import { asc, eq } from "drizzle-orm";
import { workspaceMembers, workspaces } from "@/db/schema";
import { db } from "@/lib/db";
import type { WorkspaceInput } from "@/lib/schemas/workspace";
import { assertRole, type Ctx, type Role } from "./context";
import { assertRoomForWorkspace } from "./limits/quotas";

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
    return workspace!.id;
  });
}

export async function renameWorkspace(ctx: Ctx, input: WorkspaceInput): Promise<void> {
  assertRole(ctx, "admin");
  await db.update(workspaces).set({ name: input.name }).where(eq(workspaces.id, ctx.workspaceId));
}
