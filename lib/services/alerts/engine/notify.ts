import "server-only";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { alertAckLinks, alertPending, alertPolicies, alerts, alertWindows } from "@/db/schema";
import { ackPath, newAckToken } from "@/lib/alerts/ack-token";
import { escalationDueAt, escalationJobKey, nextReminderAt, reminderJobKey } from "@/lib/alerts/follow-ups";
import { decideGrouping, flushJobKey } from "@/lib/alerts/grouping";
import { isTrouble, type AlertEvent } from "@/lib/alerts/kinds";
import { appUrl } from "@/lib/accounts/app-url";
import type { AlertCheck, AlertMessage } from "@/lib/channels/message";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/registry";
import { queueAlertMessage } from "../queue";
import { checkUrl, workspaceName, type Tx } from "./facts";

/** One alert ready to be told: which check, as what, to which channels. */
export type AlertItem = { alertId: string; kind: AlertEvent; channelIds: string[]; check: AlertCheck };

/**
 * Tells the workspace's channels about these alerts, through the grouping window: at once after a
 * quiet spell, else gathered for the window's end (worker/tasks/alerts__flush_group.ts). The
 * caller holds the workspace's alert lock (lockWorkspaceAlerts).
 */
export async function notify(tx: Tx, workspaceId: string, items: AlertItem[], now = new Date()): Promise<void> {
  if (items.length === 0) return;
  const [window] = await tx.select({ endsAt: alertWindows.endsAt }).from(alertWindows).where(eq(alertWindows.workspaceId, workspaceId));
  const decision = decideGrouping(window?.endsAt ?? null, now, env.ALERT_GROUP_WINDOW_SECONDS);
  if (decision.send === "gather") {
    await tx.insert(alertPending).values(items.map((item) => ({ workspaceId, ...item, windowEndsAt: decision.windowEndsAt })));
    const payload = { workspaceId, windowEndsAt: decision.windowEndsAt.toISOString() };
    await enqueue(tx, "alerts__flush_group", payload, { jobKey: flushJobKey(workspaceId, decision.windowEndsAt), jobKeyMode: "preserve_run_at", runAt: decision.windowEndsAt });
    return;
  }
  await openWindow(tx, workspaceId, decision.windowEndsAt);
  await sendGrouped(tx, workspaceId, items, { grouped: false, keyPrefix: `now:${now.getTime()}`, now });
}

export async function openWindow(tx: Tx, workspaceId: string, endsAt: Date): Promise<void> {
  await tx.insert(alertWindows).values({ workspaceId, endsAt }).onConflictDoUpdate({ target: alertWindows.workspaceId, set: { endsAt } });
}

/** The gathered alerts of windows that have ended: one message per channel and kind. */
export async function flushPending(tx: Tx, workspaceId: string, windowEndsAt: Date, now = new Date()): Promise<number> {
  const pending = await tx.delete(alertPending).where(and(eq(alertPending.workspaceId, workspaceId), lte(alertPending.windowEndsAt, windowEndsAt))).returning();
  if (pending.length === 0) return 0;
  const items = pending.map((row) => ({ alertId: row.alertId, kind: row.kind as AlertEvent, channelIds: row.channelIds, check: row.check as AlertCheck }));
  // Still stormy: the next change is gathered again rather than sent alone.
  await openWindow(tx, workspaceId, new Date(now.getTime() + env.ALERT_GROUP_WINDOW_SECONDS * 1000));
  await sendGrouped(tx, workspaceId, items, { grouped: true, keyPrefix: `flush:${windowEndsAt.getTime()}`, now });
  return pending.length;
}

type SendOptions = { grouped: boolean; keyPrefix: string; now: Date };

/** One message per (channel, kind) listing its alerts' checks; marks the alerts told and plans their follow-ups. */
async function sendGrouped(tx: Tx, workspaceId: string, items: AlertItem[], options: SendOptions): Promise<void> {
  const messages = new Map<string, { channelId: string; kind: AlertEvent; items: AlertItem[] }>();
  for (const item of items) {
    for (const channelId of item.channelIds) {
      const key = `${channelId}:${item.kind}`;
      const entry = messages.get(key) ?? { channelId, kind: item.kind, items: [] };
      if (!entry.items.some((other) => other.alertId === item.alertId)) entry.items.push(item);
      messages.set(key, entry);
    }
  }
  const name = await workspaceName(tx, workspaceId);
  for (const [key, entry] of messages) {
    const message = await buildMessage(tx, { workspaceId, name }, entry.kind, entry.items, options);
    await queueAlertMessage(tx, message, [entry.channelId], { alertIds: entry.items.map((i) => i.alertId), keyFor: () => `${workspaceId}:${options.keyPrefix}:${key}` });
  }
  const trouble = items.filter((item) => isTrouble(item.kind)).map((item) => item.alertId);
  await markNotified(tx, trouble, options.now);
}

export async function buildMessage(
  tx: Tx,
  workspace: { workspaceId: string; name: string },
  kind: AlertEvent,
  items: AlertItem[],
  options: { grouped: boolean; now: Date; dedupKey?: string },
): Promise<AlertMessage> {
  const alertIds = [...new Set(items.map((item) => item.alertId))];
  // Two policies alerting one check on one channel make one line, not two.
  const checks = [...new Map(items.map((item) => [item.check.id, item.check])).values()];
  return {
    version: 1,
    kind,
    workspace: { id: workspace.workspaceId, name: workspace.name },
    checks,
    grouped: options.grouped || checks.length > 1,
    ackUrl: isTrouble(kind) ? await ackLink(tx, workspace.workspaceId, alertIds) : null,
    checkUrls: Object.fromEntries(checks.map((check) => [check.id, checkUrl(check.id)])),
    occurredAt: options.now.toISOString(),
    dedupKey: options.dedupKey ?? (checks.length === 1 ? (checks[0]!.outageId ?? `alert:${alertIds[0]}`) : `group:${alertIds.slice().sort()[0]}`),
  };
}

async function ackLink(tx: Tx, workspaceId: string, alertIds: string[]): Promise<string> {
  const { token, hash } = newAckToken();
  await tx.insert(alertAckLinks).values({ tokenHash: hash, workspaceId, alertIds });
  return `${appUrl()}${ackPath(token)}`;
}

/** The first message went out: reminders and escalation start counting. */
async function markNotified(tx: Tx, alertIds: string[], now: Date): Promise<void> {
  if (alertIds.length === 0) return;
  const told = await tx
    .update(alerts)
    .set({ notifiedAt: now })
    .where(and(inArray(alerts.id, alertIds), eq(alerts.state, "firing"), sql`${alerts.notifiedAt} is null`))
    .returning({ id: alerts.id, policyId: alerts.policyId, firedAt: alerts.firedAt });
  if (told.length === 0) return;
  const policyIds = [...new Set(told.map((alert) => alert.policyId).filter((id): id is string => !!id))];
  if (policyIds.length === 0) return;
  const policies = new Map((await tx.select().from(alertPolicies).where(inArray(alertPolicies.id, policyIds))).map((p) => [p.id, p]));
  for (const alert of told) {
    const policy = alert.policyId ? policies.get(alert.policyId) : undefined;
    if (!policy) continue;
    const followUp = { reminderMinutes: policy.reminderMinutes, reminderCap: policy.reminderCap, escalation: policy.escalation };
    const remindAt = nextReminderAt(followUp, 0, now);
    if (remindAt) await enqueue(tx, "alerts__remind", { alertId: alert.id }, { jobKey: reminderJobKey(alert.id), runAt: remindAt });
    const escalateAt = escalationDueAt(followUp, 0, alert.firedAt);
    if (escalateAt) await enqueue(tx, "alerts__escalate", { alertId: alert.id, step: 0 }, { jobKey: escalationJobKey(alert.id), runAt: escalateAt });
  }
}
