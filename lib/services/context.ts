import { ForbiddenError } from "@/lib/errors";

export type Role = "owner" | "admin" | "editor" | "viewer";

/**
 * Who acts on behalf of the user when it is not the user in person (an API token); the audit log
 * records it. Absent: the user themselves.
 */
export type Actor = { type: "token"; id: string; label: string };

/** Who is acting, and in which workspace. Every service function takes one. */
export type Ctx = { userId: string; workspaceId: string; role: Role; actor?: Actor; ip?: string | null };

const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };

export function hasRole(ctx: Ctx, least: Role): boolean {
  return rank[ctx.role] >= rank[least];
}

export function assertRole(ctx: Ctx, least: Role): void {
  if (!hasRole(ctx, least)) throw new ForbiddenError(`This needs the ${least} role or higher`);
}
