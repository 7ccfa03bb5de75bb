import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { alertAckLinks, alerts, checks, workspaceMembers } from "@/db/schema";
import { hashAckToken } from "@/lib/alerts/ack-token";
import { escalationJobKey, reminderJobKey } from "@/lib/alerts/follow-ups";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { recordAudit, systemSource } from "../../audit/record";
import { assertRole, type Ctx } from "../../context";
import type { Tx } from "./facts";

/**
 * Acknowledging stops an alert's reminders and escalation and records who did it. Viewers can
 * acknowledge: being on call does not need the right to edit checks.
 */
export async function acknowledgeAlerts(ctx: Ctx, alertIds: string[]): Promise<number> {
  assertRole(ctx, "viewer");
  return db.transaction(async (tx) => {
    const count = await acknowledge(tx, ctx.workspaceId, alertIds, ctx.userId);
    if (count === 0) throw new NotFoundError("No firing alert to acknowledge");
    await recordAcknowledgements(tx, ctx, alertIds);
    return count;
  });
}

export type AckLinkResult = { acknowledged: number; checkNames: string[] };

/**
 * The link in a message: anyone holding it may acknowledge its alerts (it is as private as the
 * message); a signed-in member is recorded by name, anyone else as "via link".
 */
export async function acknowledgeByToken(token: string, userId: string | null): Promise<AckLinkResult> {
  return db.transaction(async (tx) => {
    const [link] = await tx.select().from(alertAckLinks).where(eq(alertAckLinks.tokenHash, hashAckToken(token)));
    if (!link) throw new NotFoundError("This acknowledge link is not valid");
    const member = userId ? await tx.select({ userId: workspaceMembers.userId }).from(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, link.workspaceId), eq(workspaceMembers.userId, userId))) : [];
    const acknowledged = await acknowledge(tx, link.workspaceId, link.alertIds, member[0]?.userId ?? null);
    const names = await tx
      .selectDistinct({ name: checks.name })
      .from(alerts)
      .innerJoin(checks, eq(checks.id, alerts.checkId))
      .where(and(eq(alerts.workspaceId, link.workspaceId), inArray(alerts.id, link.alertIds)));
    if (acknowledged > 0) await recordAcknowledgements(tx, systemSource(link.workspaceId), link.alertIds);
    return { acknowledged, checkNames: names.map((row) => row.name) };
  });
}

async function acknowledge(tx: Tx, workspaceId: string, alertIds: string[], userId: string | null): Promise<number> {
  if (alertIds.length === 0) return 0;
  const done = await tx
    .update(alerts)
    .set({ state: "acknowledged", acknowledgedAt: new Date(), acknowledgedBy: userId })
    .where(and(eq(alerts.workspaceId, workspaceId), inArray(alerts.id, alertIds), eq(alerts.state, "firing")))
    .returning({ id: alerts.id });
  // The follow-up tasks would find the alert acknowledged and do nothing; removing them keeps the queue tidy.
  for (const alert of done) {
    await tx.execute(sql`select graphile_worker.remove_job(${reminderJobKey(alert.id)})`);
    await tx.execute(sql`select graphile_worker.remove_job(${escalationJobKey(alert.id)})`);
  }
  return done.length;
}

async function recordAcknowledgements(tx: Tx, source: Parameters<typeof recordAudit>[1], alertIds: string[]): Promise<void> {
  const rows = await tx
    .select({ id: alerts.id, name: checks.name })
    .from(alerts)
    .innerJoin(checks, eq(checks.id, alerts.checkId))
    .where(inArray(alerts.id, alertIds));
  for (const row of rows) await recordAudit(tx, source, { action: "alert.acknowledged", target: { type: "alert", id: row.id, label: row.name } });
}
