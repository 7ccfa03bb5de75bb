import { ForbiddenError } from "@/lib/errors";

export type Role = "owner" | "admin" | "editor" | "viewer";

/** What an API token may do: read, or read and write (within its owner's role). */
export const scopes = ["read", "write"] as const;
export type Scope = (typeof scopes)[number];

/** Who acts: a signed-in user with their role, an API token with its scopes, or Pingpage itself. */
export type UserActor = { type: "user"; userId: string; role: Role };
export type TokenActor = { type: "token"; tokenId: string; label: string; scopes: readonly Scope[] };
export type SystemActor = { type: "system"; reason: string };
export type Actor = UserActor | TokenActor | SystemActor;

/**
 * Who is acting, and in which workspace. Every service function takes one. A person's context
 * keeps `userId` and `role` at the top (the token's owner for a token); its actor defaults to that
 * user. The system has no user: it acts with every right, for a reason the worker gives.
 */
export type PersonCtx = { userId: string; workspaceId: string; role: Role; actor?: UserActor | TokenActor; ip?: string | null };
export type SystemCtx = { userId: null; workspaceId: string; role: "owner"; actor: SystemActor; ip?: null };
export type Ctx = PersonCtx | SystemCtx;

/** For work no person asked for: automatic incidents, maintenance windows moving on, DNS checks. */
export function systemCtx(workspaceId: string, reason: string): SystemCtx {
  return { userId: null, workspaceId, role: "owner", actor: { type: "system", reason } };
}

/** The context of a signed-in member acting in person. */
export function userCtx(userId: string, workspaceId: string, role: Role, ip?: string | null): PersonCtx {
  return { userId, workspaceId, role, actor: { type: "user", userId, role }, ip };
}

export function actorOf(ctx: Ctx): Actor {
  if (ctx.userId === null) return ctx.actor;
  return ctx.actor ?? { type: "user", userId: ctx.userId, role: ctx.role };
}

const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };

export function hasRole(ctx: Ctx, least: Role): boolean {
  return rank[ctx.role] >= rank[least];
}

export function assertRole(ctx: Ctx, least: Role): void {
  if (!hasRole(ctx, least)) throw new ForbiddenError(`This needs the ${least} role or higher`);
}

/** A token acts only within its scopes (on top of its owner's role); users and the system are not scoped. */
export function assertScope(ctx: Ctx, scope: Scope): void {
  const actor = actorOf(ctx);
  if (actor.type === "token" && !actor.scopes.includes(scope)) throw new ForbiddenError(`This token lacks the ${scope} scope`);
}

/** Services that act for a person (invitations, their own membership) refuse the system. */
export function assertPerson(ctx: Ctx): asserts ctx is PersonCtx {
  if (ctx.userId === null) throw new ForbiddenError("Only a person can do that");
}
