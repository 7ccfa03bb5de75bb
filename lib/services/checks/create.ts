import "server-only";
import { checks } from "@/db/schema";
import { sealCheckInput } from "@/lib/crypto/check-secrets";
import { db } from "@/lib/db";
import type { CheckInput } from "@/lib/schemas/check";
import { auditCreated } from "@/lib/audit/changes";
import { recordAudit } from "../audit/record";
import { assertRole, type Ctx } from "../context";
import { assertCompositeMembers } from "../composites/members";
import { assertCheckFits, assertRoomForCheck } from "../limits/quotas";
import { queueCompositeEvaluation } from "../composites/queue";
import { newHeartbeatTokenColumns } from "../heartbeats/token";
import { rethrowKeyTaken } from "./key";
import { checkSettings } from "./settings";
import { assertProbePolicy } from "./probe-policy";
import { isProbed, scheduleCheck } from "./schedule";

export async function createCheck(ctx: Ctx, input: CheckInput): Promise<string> {
  assertRole(ctx, "editor");
  const config = sealCheckInput(input.config, null);
  await assertProbePolicy(input.config);
  return db.transaction(async (tx) => {
    const quotas = await assertRoomForCheck(tx, ctx.workspaceId);
    assertCheckFits(quotas, { intervalSeconds: input.intervalSeconds, regions: input.regions, probed: isProbed(input.config.type) });
    await assertCompositeMembers(tx, ctx.workspaceId, input.config);
    const [check] = await tx
      .insert(checks)
      .values({
        workspaceId: ctx.workspaceId,
        ...checkSettings(input),
        config,
        ...(input.config.type === "heartbeat" ? newHeartbeatTokenColumns() : {}),
        status: input.paused ? "paused" : "pending",
      })
      .returning({ id: checks.id });
    await recordAudit(tx, ctx, { action: "check.created", target: { type: "check", id: check!.id, label: input.name }, changes: auditCreated(checkSettings(input)) });
    if (!input.paused && isProbed(input.config.type)) await scheduleCheck(tx, check!.id, input.regions);
    if (!input.paused && input.config.type === "composite") await queueCompositeEvaluation(tx, check!.id);
    return check!.id;
  }).catch(rethrowKeyTaken(input.key ?? undefined));
}
