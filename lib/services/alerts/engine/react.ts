import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { alertPolicies, alerts, outages } from "@/db/schema";
import { delayJobKey } from "@/lib/alerts/follow-ups";
import type { AlertEvent } from "@/lib/alerts/kinds";
import { matchEvent } from "@/lib/alerts/scope";
import type { EventOf } from "@/lib/events/types";
import { enqueue } from "@/lib/jobs/registry";
import { alertCheckOf, checkInMaintenance, loadCheckFacts, lockWorkspaceAlerts, type CheckFacts, type Tx } from "./facts";
import { notify, type AlertItem } from "./notify";

/**
 * The alerting reaction to a check changing state (worker/tasks/alerts__on_status_change.ts):
 * trouble opens one alert per matching policy and tells its channels (now, after the policy's
 * delay, or at the grouping window's end); getting better resolves the check's open alerts and
 * tells the channels that heard of them, with the outage's length.
 */
export async function alertOnStatusChange(tx: Tx, event: EventOf<"check.status_changed">, now = new Date()): Promise<void> {
  await lockWorkspaceAlerts(tx, event.workspaceId);
  const check = await loadCheckFacts(tx, event.checkId);
  // A newer change of this check has its own reaction: this one is stale.
  if (!check || check.status !== event.to) return;
  const at = new Date(event.at);
  await resolveOpenAlerts(tx, check, event, at, now);
  if (check.optedOut || (await checkInMaintenance(tx, check.id, at))) return;
  const change = { checkType: check.type, from: event.from, to: event.to, cause: event.cause };
  const policies = await tx.select().from(alertPolicies).where(and(eq(alertPolicies.workspaceId, check.workspaceId), eq(alertPolicies.enabled, true)));
  const items: AlertItem[] = [];
  for (const policy of policies) {
    const kind = matchEvent(policy, check, change);
    if (!kind || kind === "recovered") continue;
    const dedupKey = `${event.outageId ?? event.eventId}:${kind}`;
    const [alert] = await tx
      .insert(alerts)
      .values({ workspaceId: check.workspaceId, policyId: policy.id, checkId: check.id, outageId: event.outageId ?? null, kind, dedupKey, firedAt: at })
      .onConflictDoNothing()
      .returning({ id: alerts.id });
    if (!alert) continue;
    if (policy.delayMinutes > 0) {
      await enqueue(tx, "alerts__delay", { alertId: alert.id }, { jobKey: delayJobKey(alert.id), runAt: new Date(at.getTime() + policy.delayMinutes * 60_000) });
      continue;
    }
    items.push({ alertId: alert.id, kind, channelIds: policy.channelIds, check: alertCheckOf(check, { cause: event.cause, outageId: event.outageId ?? null, at }) });
  }
  await notify(tx, check.workspaceId, items, now);
}

/**
 * Any change ends the alerts opened for another state (down → degraded ends "down"). Channels
 * hear "recovered" only for alerts they were told of, under policies that ask for it.
 */
async function resolveOpenAlerts(tx: Tx, check: CheckFacts, event: EventOf<"check.status_changed">, at: Date, now: Date): Promise<void> {
  const resolved = await tx
    .update(alerts)
    .set({ state: "resolved", resolvedAt: at })
    .where(and(eq(alerts.checkId, check.id), inArray(alerts.state, ["firing", "acknowledged"])))
    .returning({ id: alerts.id, policyId: alerts.policyId, outageId: alerts.outageId, firedAt: alerts.firedAt, notifiedAt: alerts.notifiedAt });
  if (resolved.length === 0 || event.to !== "up") return;
  const told = resolved.filter((alert) => alert.notifiedAt !== null && alert.policyId !== null);
  if (told.length === 0) return;
  const policies = await tx.select().from(alertPolicies).where(inArray(alertPolicies.id, told.map((alert) => alert.policyId!)));
  const items: AlertItem[] = [];
  for (const alert of told) {
    const policy = policies.find((p) => p.id === alert.policyId);
    if (!policy?.enabled || !policy.events.includes("recovered")) continue;
    const startedAt = await outageStart(tx, alert.outageId, alert.firedAt);
    const durationSeconds = Math.max(0, Math.round((at.getTime() - startedAt.getTime()) / 1000));
    const kind: AlertEvent = "recovered";
    items.push({ alertId: alert.id, kind, channelIds: policy.channelIds, check: alertCheckOf(check, { cause: null, outageId: alert.outageId, at, durationSeconds }) });
  }
  // One check's recovery is one message per channel, however many policies had alerted.
  await notify(tx, check.workspaceId, dedupeByChannel(items), now);
}

function dedupeByChannel(items: AlertItem[]): AlertItem[] {
  const seen = new Set<string>();
  return items
    .map((item) => ({ ...item, channelIds: item.channelIds.filter((id) => !seen.has(`${item.check.id}:${id}`) && seen.add(`${item.check.id}:${id}`)) }))
    .filter((item) => item.channelIds.length > 0);
}

async function outageStart(tx: Tx, outageId: string | null, fallback: Date): Promise<Date> {
  if (!outageId) return fallback;
  const [outage] = await tx.select({ startedAt: outages.startedAt }).from(outages).where(eq(outages.id, outageId));
  return outage?.startedAt ?? fallback;
}

