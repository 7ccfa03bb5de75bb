import { randomUUID } from "node:crypto";
import { users, workspaceMembers, workspaces } from "@/db/schema";
import { db } from "@/lib/db";
import type { PersonCtx } from "@/lib/services/context";

/** An address no other test, run or CI job can have taken: the test database is never wiped. */
export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID()}@example.test`;
}

/** A user whose address is verified, unless `emailVerifiedAt: null` asks for one who has not proved it yet. */
export async function createUser(fields: { email?: string; name?: string; passwordHash?: string; emailVerifiedAt?: Date | null } = {}) {
  const [user] = await db
    .insert(users)
    .values({
      email: fields.email ?? uniqueEmail(),
      name: fields.name ?? "Test User",
      passwordHash: fields.passwordHash,
      emailVerifiedAt: fields.emailVerifiedAt === undefined ? new Date() : fields.emailVerifiedAt,
    })
    .returning();
  if (!user) throw new Error("insert into users returned no row");
  return user;
}

export async function createWorkspace(ownerId: string, name = "Test Workspace") {
  const [workspace] = await db.insert(workspaces).values({ name }).returning();
  if (!workspace) throw new Error("insert into workspaces returned no row");
  await db.insert(workspaceMembers).values({ workspaceId: workspace.id, userId: ownerId, role: "owner" });
  return workspace;
}

/** A fresh user owning a fresh workspace, as the service context its calls would carry. */
export async function createOwnerCtx(fields: { email?: string; workspaceName?: string } = {}): Promise<PersonCtx & { role: "owner"; email: string }> {
  const user = await createUser({ email: fields.email });
  const workspace = await createWorkspace(user.id, fields.workspaceName);
  return { userId: user.id, workspaceId: workspace.id, role: "owner", email: user.email };
}
