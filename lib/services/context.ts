import { ForbiddenError } from "@/lib/errors";

export type Role = "owner" | "admin" | "editor" | "viewer";

/** Who is acting, and in which workspace. Every service function takes one. */
export type Ctx = { userId: string; workspaceId: string; role: Role };

const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };

export function hasRole(ctx: Ctx, least: Role): boolean {
  return rank[ctx.role] >= rank[least];
}

export function assertRole(ctx: Ctx, least: Role): void {
  if (!hasRole(ctx, least)) throw new ForbiddenError(`This needs the ${least} role or higher`);
}
