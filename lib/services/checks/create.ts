import "server-only";
import { checks } from "@/db/schema";
import { db } from "@/lib/db";
import type { CheckInput } from "@/lib/schemas/check";
import { assertRole, type Ctx } from "../context";
import { isProbed, scheduleCheck } from "./schedule";

export async function createCheck(ctx: Ctx, input: CheckInput): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const [check] = await tx
      .insert(checks)
      .values({
        workspaceId: ctx.workspaceId,
        name: input.name,
        type: input.config.type,
        config: input.config,
        intervalSeconds: input.intervalSeconds,
        timeoutMs: input.timeoutMs,
        failureThreshold: input.failureThreshold,
        recoveryThreshold: input.recoveryThreshold,
        paused: input.paused,
        regions: input.regions,
        quorum: input.quorum,
        status: input.paused ? "paused" : "pending",
      })
      .returning({ id: checks.id });
    if (!input.paused && isProbed(input.config.type)) await scheduleCheck(tx, check!.id, input.regions);
    return check!.id;
  });
}
