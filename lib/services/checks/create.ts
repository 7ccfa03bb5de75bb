import "server-only";
import { checks } from "@/db/schema";
import { db } from "@/lib/db";
import type { CheckInput } from "@/lib/schemas/check";
import { assertRole, type Ctx } from "../context";
import { assertCompositeMembers } from "../composites/members";
import { queueCompositeEvaluation } from "../composites/queue";
import { newHeartbeatToken } from "../heartbeats/token";
import { checkSettings } from "./settings";
import { assertProbePolicy } from "./probe-policy";
import { isProbed, scheduleCheck } from "./schedule";

export async function createCheck(ctx: Ctx, input: CheckInput): Promise<string> {
  assertRole(ctx, "editor");
  assertProbePolicy(input.config);
  return db.transaction(async (tx) => {
    await assertCompositeMembers(tx, ctx.workspaceId, input.config);
    const [check] = await tx
      .insert(checks)
      .values({
        workspaceId: ctx.workspaceId,
        ...checkSettings(input),
        heartbeatToken: input.config.type === "heartbeat" ? newHeartbeatToken() : null,
        status: input.paused ? "paused" : "pending",
      })
      .returning({ id: checks.id });
    if (!input.paused && isProbed(input.config.type)) await scheduleCheck(tx, check!.id, input.regions);
    if (!input.paused && input.config.type === "composite") await queueCompositeEvaluation(tx, check!.id);
    return check!.id;
  });
}
