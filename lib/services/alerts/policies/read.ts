import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alertChannels, alertOptOuts, alertPolicies, alerts, checks, checkTags, tags } from "@/db/schema";
import { coversCheck } from "@/lib/alerts/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Ctx } from "../../context";

export type AlertPolicy = typeof alertPolicies.$inferSelect;

export async function listAlertPolicies(ctx: Ctx): Promise<AlertPolicy[]> {
  return db.select().from(alertPolicies).where(eq(alertPolicies.workspaceId, ctx.workspaceId)).orderBy(asc(alertPolicies.createdAt));
}

export async function readAlertPolicy(ctx: Ctx, id: string): Promise<AlertPolicy> {
  const [policy] = await db.select().from(alertPolicies).where(and(eq(alertPolicies.id, id), eq(alertPolicies.workspaceId, ctx.workspaceId)));
  if (!policy) throw new NotFoundError("That policy does not exist");
  return policy;
}

/** What the policy form offers: the workspace's channels, tags and checks. */
export type PolicyChoices = Awaited<ReturnType<typeof policyChoices>>;

export async function policyChoices(ctx: Ctx) {
  const [channels, checkRows, tagRows] = await Promise.all([
    db.select({ id: alertChannels.id, name: alertChannels.name, type: alertChannels.type }).from(alertChannels).where(eq(alertChannels.workspaceId, ctx.workspaceId)).orderBy(asc(alertChannels.name)),
    db.select({ id: checks.id, name: checks.name }).from(checks).where(eq(checks.workspaceId, ctx.workspaceId)).orderBy(asc(checks.name)),
    db.select({ id: tags.id, name: tags.name }).from(tags).where(eq(tags.workspaceId, ctx.workspaceId)).orderBy(asc(tags.name)),
  ]);
  return { channels, checks: checkRows, tags: tagRows };
}

export type CheckAlerting = { optedOut: boolean; policies: { id: string; name: string; enabled: boolean }[]; openAlerts: { id: string; kind: string; state: string; firedAt: Date }[] };

/** The check page's panel: which policies take the check in, whether it opted out, and its alerts still open. */
export async function checkAlerting(ctx: Ctx, checkId: string): Promise<CheckAlerting> {
  const [check] = await db.select({ id: checks.id }).from(checks).where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId)));
  if (!check) throw new NotFoundError("That check does not exist");
  const [tagRows, optOut, policies, open] = await Promise.all([
    db.select({ tagId: checkTags.tagId }).from(checkTags).where(eq(checkTags.checkId, checkId)),
    db.select({ checkId: alertOptOuts.checkId }).from(alertOptOuts).where(eq(alertOptOuts.checkId, checkId)),
    listAlertPolicies(ctx),
    db
      .select({ id: alerts.id, kind: alerts.kind, state: alerts.state, firedAt: alerts.firedAt })
      .from(alerts)
      .where(and(eq(alerts.checkId, checkId), inArray(alerts.state, ["firing", "acknowledged"])))
      .orderBy(desc(alerts.firedAt))
      .limit(20),
  ]);
  const facts = { id: checkId, tagIds: tagRows.map((row) => row.tagId) };
  return {
    optedOut: optOut.length > 0,
    policies: policies.filter((policy) => coversCheck(policy, facts)).map(({ id, name, enabled }) => ({ id, name, enabled })),
    openAlerts: open,
  };
}
