import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { alertChannels, alertPolicies, checks, tags } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { AlertPolicyInput } from "@/lib/schemas/alert-policy";
import { recordAudit } from "../../audit/record";
import { assertRole, assertScope, type Ctx } from "../../context";
import type { Tx } from "../engine/facts";

/** Editors manage policies; every id the policy names must be the workspace's own. */
export async function createAlertPolicy(ctx: Ctx, input: AlertPolicyInput): Promise<string> {
  assertRole(ctx, "editor");
  assertScope(ctx, "write");
  return db.transaction(async (tx) => {
    await assertOwnIds(tx, ctx.workspaceId, input);
    const [policy] = await tx.insert(alertPolicies).values({ ...input, workspaceId: ctx.workspaceId }).returning({ id: alertPolicies.id });
    await recordAudit(tx, ctx, { action: "alert_policy.created", target: { type: "alert_policy", id: policy!.id, label: input.name } });
    return policy!.id;
  });
}

export async function updateAlertPolicy(ctx: Ctx, id: string, input: AlertPolicyInput): Promise<void> {
  assertRole(ctx, "editor");
  assertScope(ctx, "write");
  await db.transaction(async (tx) => {
    await assertOwnIds(tx, ctx.workspaceId, input);
    const updated = await tx
      .update(alertPolicies)
      .set({ ...input, updatedAt: new Date() })
      .where(and(eq(alertPolicies.id, id), eq(alertPolicies.workspaceId, ctx.workspaceId)))
      .returning({ id: alertPolicies.id });
    if (updated.length === 0) throw new NotFoundError("That policy does not exist");
    await recordAudit(tx, ctx, { action: "alert_policy.updated", target: { type: "alert_policy", id, label: input.name } });
  });
}

export async function deleteAlertPolicy(ctx: Ctx, id: string): Promise<void> {
  assertRole(ctx, "editor");
  assertScope(ctx, "write");
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(alertPolicies)
      .where(and(eq(alertPolicies.id, id), eq(alertPolicies.workspaceId, ctx.workspaceId)))
      .returning({ name: alertPolicies.name });
    if (removed.length === 0) throw new NotFoundError("That policy does not exist");
    await recordAudit(tx, ctx, { action: "alert_policy.deleted", target: { type: "alert_policy", id, label: removed[0]!.name } });
  });
}

async function assertOwnIds(tx: Tx, workspaceId: string, input: AlertPolicyInput): Promise<void> {
  const channelIds = [...new Set([...input.channelIds, ...input.escalation.flatMap((step) => step.channelIds)])];
  const lists = [
    { table: alertChannels, ids: channelIds, field: "channelIds", what: "channel" },
    { table: tags, ids: input.tagIds, field: "tagIds", what: "tag" },
    { table: checks, ids: input.checkIds, field: "checkIds", what: "check" },
  ] as const;
  for (const { table, ids, field, what } of lists) {
    if (ids.length === 0) continue;
    const found = await tx.select({ id: table.id }).from(table).where(and(eq(table.workspaceId, workspaceId), inArray(table.id, ids)));
    if (found.length !== ids.length) throw new ValidationError(`Pick each ${what} from the list`, { [field]: [`Pick each ${what} from the list`] });
  }
}
