import "server-only";
import { and, eq, inArray, not } from "drizzle-orm";
import { checks } from "@/db/schema";
import { evaluateComposite, type MemberState } from "@/lib/checks/composite/evaluate";
import type { StateChange } from "@/lib/checks/state";
import { db, type Database } from "@/lib/db";
import { compositeConfig } from "@/lib/schemas/check-config";
import { recordRuns } from "../checks/record-runs";

/** The database, or a reaction's transaction (composites__follow_member records in its own). */
type Executor = Pick<Database, "select" | "transaction">;

function memberState(member: { id: string; name: string; status: string }): MemberState {
  if (member.status === "up" || member.status === "degraded") return { checkId: member.id, name: member.name, ok: true };
  if (member.status === "down") return { checkId: member.id, name: member.name, ok: false };
  return { checkId: member.id, name: member.name, ok: null };
}

/**
 * Records one run of a composite check from its members' current states: up when every member is
 * up (or degraded), degraded while its rule (all, any, at least K) still holds with members down,
 * down when it fails. Paused members are left out; while members are only pending, nothing
 * is recorded, so a new composite neither claims up nor opens an outage. Members are looked up in
 * the composite's own workspace, so a foreign id counts as an unknown, not-up member.
 */
export async function evaluateCompositeCheck(compositeId: string, now = new Date(), executor: Executor = db): Promise<StateChange | null> {
  const [composite] = await executor
    .select({ id: checks.id, workspaceId: checks.workspaceId, config: checks.config })
    .from(checks)
    .where(and(eq(checks.id, compositeId), eq(checks.type, "composite"), not(checks.paused)));
  if (!composite) return null;
  const config = compositeConfig.safeParse(composite.config);
  if (!config.success) return null;

  const members = await executor
    .select({ id: checks.id, name: checks.name, status: checks.status, paused: checks.paused })
    .from(checks)
    .where(and(eq(checks.workspaceId, composite.workspaceId), inArray(checks.id, config.data.checkIds)));
  const pausedIds = new Set(members.filter((m) => m.paused).map((m) => m.id));
  const active = { ...config.data, checkIds: config.data.checkIds.filter((id) => !pausedIds.has(id)) };
  if (active.checkIds.length === 0) return null;

  const states = members.filter((m) => !m.paused).map(memberState);
  const result = evaluateComposite(active, states);
  const known = new Set(states.map((s) => s.checkId));
  const decided = states.every((s) => s.ok !== null) || states.some((s) => s.ok === false) || active.checkIds.some((id) => !known.has(id));
  if (!decided) return null;
  const run = { checkId: composite.id, result, region: "composite", scheduledAt: now, startedAt: now };
  const [outcome] = await executor.transaction((tx) => recordRuns(tx, [run]));
  return outcome ?? null;
}

/** The per-minute sweep: every active composite gets a run, which is what its uptime is made of. */
export async function evaluateAllComposites(now = new Date()): Promise<number> {
  const composites = await db
    .select({ id: checks.id })
    .from(checks)
    .where(and(eq(checks.type, "composite"), not(checks.paused)));
  let recorded = 0;
  for (const { id } of composites) {
    if (await evaluateCompositeCheck(id, now)) recorded += 1;
  }
  return recorded;
}
