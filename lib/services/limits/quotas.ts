import "server-only";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import { checks, instanceSettings, invitations, pages, users, workspaceMembers, workspaceQuotas, workspaces } from "@/db/schema";
import { db, type Database } from "@/lib/db";
import { env } from "@/lib/env";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Ctx } from "../context";

type Executor = Pick<Database, "select">;

export type Quotas = { checks: number; minIntervalSeconds: number; pages: number; members: number; regionsPerCheck: number };

const RAISE = "or ask your operator to raise the limit";

/**
 * The workspace's limits: the operator's QUOTA_* defaults, replaced by the instance admin's defaults
 * where set, then less or more where workspace_quotas says so.
 */
export async function quotasOf(executor: Executor, workspaceId: string): Promise<Quotas> {
  const [override] = await executor.select().from(workspaceQuotas).where(eq(workspaceQuotas.workspaceId, workspaceId));
  const [instance] = await executor.select({ quotas: instanceSettings.defaultQuotas }).from(instanceSettings).limit(1);
  const defaults = instance?.quotas ?? {};
  return {
    checks: override?.checks ?? defaults.checks ?? env.QUOTA_CHECKS,
    minIntervalSeconds: override?.minIntervalSeconds ?? defaults.minIntervalSeconds ?? env.QUOTA_MIN_INTERVAL_SECONDS,
    pages: override?.pages ?? defaults.pages ?? env.QUOTA_PAGES,
    members: override?.members ?? defaults.members ?? env.QUOTA_MEMBERS,
    regionsPerCheck: override?.regionsPerCheck ?? defaults.regionsPerCheck ?? env.QUOTA_REGIONS_PER_CHECK,
  };
}

/**
 * Serialises every counted insert into one workspace: two requests adding the last allowed check
 * at once would otherwise both count 49. Call at the start of the inserting transaction.
 */
async function lockWorkspace(executor: Executor, workspaceId: string): Promise<void> {
  await executor.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, workspaceId)).for("no key update");
}

export async function countChecks(executor: Executor, workspaceId: string): Promise<number> {
  const [row] = await executor.select({ n: count() }).from(checks).where(eq(checks.workspaceId, workspaceId));
  return row?.n ?? 0;
}

export async function countPages(executor: Executor, workspaceId: string): Promise<number> {
  const [row] = await executor.select({ n: count() }).from(pages).where(eq(pages.workspaceId, workspaceId));
  return row?.n ?? 0;
}

/** Members and the invitations still waiting for an answer: each may become a member. */
export async function countMembersAndInvitations(executor: Executor, workspaceId: string, now = new Date()): Promise<number> {
  const [members] = await executor.select({ n: count() }).from(workspaceMembers).where(eq(workspaceMembers.workspaceId, workspaceId));
  const [pending] = await executor
    .select({ n: count() })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, workspaceId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)));
  return (members?.n ?? 0) + (pending?.n ?? 0);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Locks the workspace and refuses a new check past its quota. */
export async function assertRoomForCheck(executor: Executor, workspaceId: string): Promise<Quotas> {
  await lockWorkspace(executor, workspaceId);
  const quotas = await quotasOf(executor, workspaceId);
  if ((await countChecks(executor, workspaceId)) >= quotas.checks) {
    throw new ConflictError(`This workspace can have ${plural(quotas.checks, "check", "checks")}; delete one ${RAISE}.`);
  }
  return quotas;
}

/** A check's schedule within the workspace's limits: interval (for probed checks) and pinned regions. */
export function assertCheckFits(quotas: Quotas, check: { intervalSeconds: number; regions: string[]; probed: boolean }): void {
  const fieldErrors: Record<string, string[]> = {};
  if (check.probed && check.intervalSeconds < quotas.minIntervalSeconds) {
    fieldErrors.intervalSeconds = [`Checks in this workspace run at most every ${quotas.minIntervalSeconds} seconds; use a longer interval ${RAISE}.`];
  }
  if (check.regions.length > quotas.regionsPerCheck) {
    fieldErrors.regions = [`A check in this workspace can be pinned to at most ${plural(quotas.regionsPerCheck, "region", "regions")}; remove some ${RAISE}.`];
  }
  const first = Object.values(fieldErrors)[0]?.[0];
  if (first) throw new ValidationError(first, fieldErrors);
}

export async function assertRoomForPage(executor: Executor, workspaceId: string): Promise<void> {
  await lockWorkspace(executor, workspaceId);
  const quotas = await quotasOf(executor, workspaceId);
  if ((await countPages(executor, workspaceId)) >= quotas.pages) {
    throw new ConflictError(`This workspace can have ${plural(quotas.pages, "status page", "status pages")}; delete one ${RAISE}.`);
  }
}

/** Call after a replaced invitation is deleted, so re-inviting someone never counts them twice. */
export async function assertRoomForMember(executor: Executor, workspaceId: string): Promise<void> {
  await lockWorkspace(executor, workspaceId);
  const quotas = await quotasOf(executor, workspaceId);
  if ((await countMembersAndInvitations(executor, workspaceId)) >= quotas.members) {
    throw new ConflictError(`This workspace can have ${plural(quotas.members, "member", "members")}, pending invitations included; remove one or revoke an invitation ${RAISE}.`);
  }
}

/** Workspaces a user owns, at most QUOTA_WORKSPACES_PER_USER; locks the user's row against a parallel create. */
export async function assertRoomForWorkspace(executor: Executor, userId: string): Promise<void> {
  await executor.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("no key update");
  const [owned] = await executor
    .select({ n: count() })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.userId, userId), eq(workspaceMembers.role, "owner")));
  if ((owned?.n ?? 0) >= env.QUOTA_WORKSPACES_PER_USER) {
    throw new ConflictError(`You can own ${plural(env.QUOTA_WORKSPACES_PER_USER, "workspace", "workspaces")}; delete one, leave one ${RAISE}.`);
  }
}

/** What the workspace uses of each limit, for its settings; any member may see it. */
export async function workspaceUsage(ctx: Ctx) {
  const { workspaceId } = ctx;
  const [quotas, checkCount, pageCount, memberCount] = await Promise.all([
    quotasOf(db, workspaceId),
    countChecks(db, workspaceId),
    countPages(db, workspaceId),
    countMembersAndInvitations(db, workspaceId),
  ]);
  return { quotas, used: { checks: checkCount, pages: pageCount, members: memberCount } };
}
