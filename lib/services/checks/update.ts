import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { checks } from "@/db/schema";
import { sealCheckInput } from "@/lib/crypto/check-secrets";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { CheckInput } from "@/lib/schemas/check";
import { auditChanges } from "@/lib/audit/changes";
import { auditedCheck } from "../audit/targets";
import { recordAudit } from "../audit/record";
import { assertRole, type Ctx } from "../context";
import { pagesShowingCheckChanged } from "../pages/showing-check";
import { assertCompositeMembers } from "../composites/members";
import { assertCheckFits, quotasOf } from "../limits/quotas";
import { queueCompositeEvaluation } from "../composites/queue";
import { newHeartbeatTokenColumns } from "../heartbeats/token";
import { rethrowKeyTaken } from "./key";
import { checkSettings } from "./settings";
import { assertProbePolicy } from "./probe-policy";
import { isProbed, scheduleCheck, unscheduleCheck } from "./schedule";

/**
 * Saves a check and reschedules it at once (or stops it when paused). Secrets sent as KEPT_SECRET
 * keep their stored value; others are replaced, and a removed header or auth is cleared.
 */
export async function updateCheck(ctx: Ctx, checkId: string, input: CheckInput): Promise<void> {
  assertRole(ctx, "editor");
  await assertProbePolicy(input.config);
  await db.transaction(async (tx) => {
    const [stored] = await tx
      .select({ config: checks.config, heartbeatToken: checks.heartbeatToken })
      .from(checks)
      .where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId)))
      .for("update");
    if (!stored) throw new NotFoundError("Check");
    assertCheckFits(await quotasOf(tx, ctx.workspaceId), { intervalSeconds: input.intervalSeconds, regions: input.regions, probed: isProbed(input.config.type) });
    await assertCompositeMembers(tx, ctx.workspaceId, input.config, checkId);
    const before = await auditedCheck(tx, ctx, checkId);
    const [check] = await tx
      .update(checks)
      .set({
        ...checkSettings(input),
        config: sealCheckInput(input.config, stored.config),
        // A check that becomes a heartbeat gets a token; one that had a token keeps it.
        ...(input.config.type === "heartbeat" && !stored.heartbeatToken ? newHeartbeatTokenColumns() : {}),
        status: input.paused ? "paused" : sql`case when ${checks.status} = 'paused' then 'pending'::check_status else ${checks.status} end`,
        activeSince: sql`case when ${checks.paused} and not ${input.paused} then now() else ${checks.activeSince} end`,
        updatedAt: new Date(),
      })
      .where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId)))
      .returning({ id: checks.id });
    if (!check) throw new NotFoundError("Check");
    await recordAudit(tx, ctx, { action: "check.updated", target: { type: "check", id: checkId, label: input.name }, changes: auditChanges(before, checkSettings(input)) });
    if (input.paused || !isProbed(input.config.type)) await unscheduleCheck(tx, checkId);
    else await scheduleCheck(tx, checkId, input.regions);
    await pagesShowingCheckChanged(tx, ctx.workspaceId, checkId);
    if (!input.paused && input.config.type === "composite") await queueCompositeEvaluation(tx, checkId);
  }).catch(rethrowKeyTaken(input.key ?? undefined));
}

export async function setCheckPaused(ctx: Ctx, checkId: string, paused: boolean): Promise<void> {
  assertRole(ctx, "editor");
  await db.transaction(async (tx) => {
    const [check] = await tx
      .update(checks)
      .set({
        paused,
        status: paused ? "paused" : "pending",
        consecutiveFailures: 0,
        consecutiveSuccesses: 0,
        regionStates: {},
        // A resumed heartbeat's first deadline counts from now, not from its last ping before the pause.
        activeSince: paused ? checks.activeSince : sql`now()`,
        updatedAt: new Date(),
      })
      .where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId)))
      .returning({ id: checks.id, name: checks.name, type: checks.type, regions: checks.regions });
    if (!check) throw new NotFoundError("Check");
    await recordAudit(tx, ctx, { action: paused ? "check.paused" : "check.resumed", target: { type: "check", id: checkId, label: check.name } });
    if (paused || !isProbed(check.type)) await unscheduleCheck(tx, checkId);
    else await scheduleCheck(tx, checkId, check.regions);
    await pagesShowingCheckChanged(tx, ctx.workspaceId, checkId);
  });
}
