import "server-only";
import { and, eq, gt, inArray, lte, ne, sql } from "drizzle-orm";
import { alertOptOuts, checks, checkTags, maintenanceComponents, maintenances, pageComponents, workspaces } from "@/db/schema";
import { appUrl } from "@/lib/accounts/app-url";
import type { AlertCheck } from "@/lib/channels/message";
import { describeTarget } from "@/lib/checks/describe";
import type { CheckStatus } from "@/lib/checks/state";
import type { Database } from "@/lib/db";
import { storedCheckConfig } from "@/lib/schemas/check-config";

export type Tx = Pick<Database, "select" | "insert" | "update" | "delete" | "execute">;

export type CheckFacts = {
  id: string;
  workspaceId: string;
  name: string;
  type: string;
  target: string;
  status: CheckStatus;
  since: Date | null;
  tagIds: string[];
  optedOut: boolean;
};

/** Serializes one workspace's alerting: the grouping window is read and moved under it. */
export async function lockWorkspaceAlerts(tx: Tx, workspaceId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`alerts:${workspaceId}`}, 0))`);
}

export async function loadCheckFacts(tx: Tx, checkId: string): Promise<CheckFacts | null> {
  const [check] = await tx
    .select({ id: checks.id, workspaceId: checks.workspaceId, name: checks.name, type: checks.type, config: checks.config, status: checks.status, since: checks.statusChangedAt })
    .from(checks)
    .where(eq(checks.id, checkId));
  if (!check) return null;
  const tags = await tx.select({ tagId: checkTags.tagId }).from(checkTags).where(eq(checkTags.checkId, checkId));
  const [optOut] = await tx.select({ checkId: alertOptOuts.checkId }).from(alertOptOuts).where(eq(alertOptOuts.checkId, checkId));
  const parsed = storedCheckConfig.safeParse(check.config);
  return {
    ...check,
    target: parsed.success ? describeTarget(parsed.data as Parameters<typeof describeTarget>[0]) : check.type,
    tagIds: tags.map((tag) => tag.tagId),
    optedOut: !!optOut,
  };
}

/** A check is in maintenance when any status-page component it drives is in an active window. */
export async function checkInMaintenance(tx: Tx, checkId: string, at: Date): Promise<boolean> {
  const components = tx.select({ id: pageComponents.id }).from(pageComponents).where(eq(pageComponents.checkId, checkId));
  const [row] = await tx
    .select({ id: maintenances.id })
    .from(maintenanceComponents)
    .innerJoin(maintenances, eq(maintenances.id, maintenanceComponents.maintenanceId))
    .where(and(inArray(maintenanceComponents.componentId, components), lte(maintenances.startsAt, at), gt(maintenances.endsAt, at), ne(maintenances.status, "completed")))
    .limit(1);
  return !!row;
}

export async function workspaceName(tx: Tx, workspaceId: string): Promise<string> {
  const [row] = await tx.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return row?.name ?? "Workspace";
}

export function alertCheckOf(check: CheckFacts, facts: { cause: string | null; outageId: string | null; at: Date; durationSeconds?: number }): AlertCheck {
  return {
    id: check.id,
    name: check.name,
    target: check.target,
    status: check.status,
    cause: facts.cause,
    since: (check.since ?? facts.at).toISOString(),
    outageId: facts.outageId,
    ...(facts.durationSeconds !== undefined && { durationSeconds: facts.durationSeconds }),
  };
}

export function checkUrl(checkId: string): string {
  return `${appUrl()}/checks/${checkId}`;
}
