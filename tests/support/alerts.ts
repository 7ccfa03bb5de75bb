import { and, eq, sql } from "drizzle-orm";
import { alertChannels, alertDeliveries, alertPolicies, checks } from "@/db/schema";
import type { AlertMessage } from "@/lib/channels/message";
import type { CheckResult } from "@/lib/checks/types";
import { db } from "@/lib/db";
import type { JobName } from "@/lib/jobs/registry";
import { recordRuns } from "@/lib/services/checks/record-runs";

const failed: CheckResult = { ok: false, latencyMs: 10, statusCode: 503, errorClass: "assertion", error: "status 503" };
const passed: CheckResult = { ok: true, latencyMs: 10, statusCode: 200 };

/** A channel of a type no module handles: the tests look at what was queued for it, not at a vendor. */
export async function createTestChannel(workspaceId: string, name: string) {
  const [channel] = await db.insert(alertChannels).values({ workspaceId, type: "test-recorder", name }).returning();
  return channel!;
}

export async function createPolicy(workspaceId: string, fields: Partial<typeof alertPolicies.$inferInsert> & { channelIds: string[] }) {
  const [policy] = await db.insert(alertPolicies).values({ workspaceId, name: "Policy", ...fields }).returning();
  return policy!;
}

export async function createChecks(workspaceId: string, count: number, label = "Check") {
  const rows = Array.from({ length: count }, (_, index) => ({
    workspaceId,
    name: `${label} ${index + 1}`,
    type: "http" as const,
    config: { type: "http", url: `https://example.com/${index}`, method: "GET" },
    intervalSeconds: 60,
    status: "up" as const,
  }));
  return db.insert(checks).values(rows).returning();
}

/** Two failed runs each (the default failure threshold), all in one batch as a worker flushes them. */
export async function takeDown(checkIds: string[]) {
  await recordBatch(checkIds, failed, 2);
}

export async function bringUp(checkIds: string[]) {
  await recordBatch(checkIds, passed, 1);
}

async function recordBatch(checkIds: string[], result: CheckResult, times: number) {
  const start = Date.now();
  const runs = checkIds.flatMap((checkId) => Array.from({ length: times }, (_, i) => ({ checkId, result, region: "eu", scheduledAt: new Date(start + i), startedAt: new Date(start + i) })));
  await db.transaction((tx) => recordRuns(tx, runs));
}

export type QueuedMessage = { channelId: string; kind: string; message: AlertMessage; createdAt: Date };

export async function queuedMessages(workspaceId: string): Promise<QueuedMessage[]> {
  const rows = await db
    .select({ channelId: alertDeliveries.channelId, kind: alertDeliveries.kind, payload: alertDeliveries.payload, createdAt: alertDeliveries.createdAt })
    .from(alertDeliveries)
    .where(eq(alertDeliveries.workspaceId, workspaceId))
    .orderBy(alertDeliveries.createdAt);
  return rows.map((row) => ({ channelId: row.channelId, kind: row.kind, message: row.payload as AlertMessage, createdAt: row.createdAt }));
}

/** Jobs of these tasks still queued for this check (its state-change reactions). */
export async function pendingJobsForCheck(task: JobName, checkId: string): Promise<number> {
  const result = await db.execute(sql`
    select 1 from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
    where t.identifier = ${task} and j.payload->>'checkId' = ${checkId}`);
  return result.rows.length;
}

export async function jobExists(key: string): Promise<boolean> {
  const result = await db.execute(sql`select 1 from graphile_worker._private_jobs where key = ${key}`);
  return result.rows.length > 0;
}

/**
 * Brings a scheduled job (a delay, a reminder, an escalation) forward to now, so the real worker
 * runs it without the test waiting minutes: the job itself is the one the code queued.
 */
export async function runScheduledJobNow(key: string): Promise<boolean> {
  const result = await db.execute(sql`update graphile_worker._private_jobs set run_at = now() where key = ${key} and locked_at is null returning id`);
  return result.rows.length > 0;
}

export async function policyOf(workspaceId: string) {
  return db.select().from(alertPolicies).where(and(eq(alertPolicies.workspaceId, workspaceId)));
}
