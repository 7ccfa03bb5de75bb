import "server-only";
import { eq } from "drizzle-orm";
import { alertPolicies, alerts } from "@/db/schema";
import { escalationDueAt, escalationJobKey, nextReminderAt, reminderJobKey } from "@/lib/alerts/follow-ups";
import type { AlertEvent } from "@/lib/alerts/kinds";
import { enqueue } from "@/lib/jobs/registry";
import { queueAlertMessage } from "../queue";
import { alertCheckOf, checkInMaintenance, loadCheckFacts, lockWorkspaceAlerts, workspaceName, type Tx } from "./facts";
import { buildMessage, notify } from "./notify";

async function loadAlert(tx: Tx, alertId: string) {
  const [alert] = await tx.select().from(alerts).where(eq(alerts.id, alertId));
  if (!alert?.policyId || !alert.checkId) return null;
  await lockWorkspaceAlerts(tx, alert.workspaceId);
  const [fresh] = await tx.select().from(alerts).where(eq(alerts.id, alertId));
  const [policy] = await tx.select().from(alertPolicies).where(eq(alertPolicies.id, alert.policyId));
  const check = await loadCheckFacts(tx, alert.checkId);
  if (!fresh || !policy || !check) return null;
  return { alert: fresh, policy, check };
}

/** A delayed alert's time came: tell the channels only if the check is still in that trouble. */
export async function sendDelayedAlert(tx: Tx, alertId: string, now = new Date()): Promise<boolean> {
  const found = await loadAlert(tx, alertId);
  if (!found || found.alert.state !== "firing" || found.alert.notifiedAt) return false;
  const { alert, policy, check } = found;
  if (check.status === "up" || check.optedOut || (await checkInMaintenance(tx, check.id, now))) return false;
  const item = { alertId, kind: alert.kind as AlertEvent, channelIds: policy.channelIds, check: alertCheckOf(check, { cause: null, outageId: alert.outageId, at: alert.firedAt }) };
  await notify(tx, alert.workspaceId, [item], now);
  return true;
}

/** Reminders and escalation go only while an alert fires: acknowledged or resolved stops them. */
export async function sendReminder(tx: Tx, alertId: string, now = new Date()): Promise<boolean> {
  const found = await loadAlert(tx, alertId);
  if (!found || found.alert.state !== "firing" || !found.alert.notifiedAt) return false;
  const { alert, policy } = found;
  const followUp = { reminderMinutes: policy.reminderMinutes, reminderCap: policy.reminderCap, escalation: policy.escalation };
  if (!nextReminderAt(followUp, alert.remindersSent, now)) return false;
  const sent = alert.remindersSent + 1;
  await tellChannels(tx, found, policy.channelIds, `remind:${sent}`, now);
  await tx.update(alerts).set({ remindersSent: sent }).where(eq(alerts.id, alertId));
  const next = nextReminderAt(followUp, sent, now);
  if (next) await enqueue(tx, "alerts__remind", { alertId }, { jobKey: reminderJobKey(alertId), runAt: next });
  return true;
}

export async function escalate(tx: Tx, alertId: string, step: number, now = new Date()): Promise<boolean> {
  const found = await loadAlert(tx, alertId);
  if (!found || found.alert.state !== "firing" || found.alert.escalationStep !== step) return false;
  const { alert, policy } = found;
  const current = policy.escalation[step];
  if (!current) return false;
  await tellChannels(tx, found, current.channelIds, `escalate:${step}`, now);
  await tx.update(alerts).set({ escalationStep: step + 1 }).where(eq(alerts.id, alertId));
  const followUp = { reminderMinutes: policy.reminderMinutes, reminderCap: policy.reminderCap, escalation: policy.escalation };
  const next = escalationDueAt(followUp, step + 1, alert.firedAt);
  if (next) await enqueue(tx, "alerts__escalate", { alertId, step: step + 1 }, { jobKey: escalationJobKey(alertId), runAt: next < now ? now : next });
  return true;
}

type Found = NonNullable<Awaited<ReturnType<typeof loadAlert>>>;

async function tellChannels(tx: Tx, { alert, check }: Found, channelIds: string[], suffix: string, now: Date): Promise<void> {
  const item = { alertId: alert.id, kind: alert.kind as AlertEvent, channelIds, check: alertCheckOf(check, { cause: null, outageId: alert.outageId, at: alert.firedAt }) };
  const workspace = { workspaceId: alert.workspaceId, name: await workspaceName(tx, alert.workspaceId) };
  const message = await buildMessage(tx, workspace, item.kind, [item], { grouped: false, now, dedupKey: alert.outageId ?? `alert:${alert.id}` });
  await queueAlertMessage(tx, message, channelIds, { alertIds: [alert.id], keyFor: (channelId) => `${alert.id}:${suffix}:${channelId}` });
}
