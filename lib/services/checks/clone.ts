import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { checks, checkTags } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "../audit/record";
import { assertRole, type Ctx } from "../context";
import { assertCheckFits, assertRoomForCheck } from "../limits/quotas";
import { queueCompositeEvaluation } from "../composites/queue";
import { newHeartbeatTokenColumns } from "../heartbeats/token";
import { isProbed, scheduleCheck } from "./schedule";

const MAX_NAME = 100;

/** "Copy of API", cut to the name limit so the copy always saves. */
export function copyName(name: string): string {
  return `Copy of ${name}`.slice(0, MAX_NAME);
}

/**
 * Copies a check with its settings and tags. The stored configuration is copied as it is, so its
 * secrets stay sealed and never pass through the browser. A heartbeat copy gets its own URL: two
 * checks listening to one ping would hide which job is late. Returns the new check's id.
 */
export async function cloneCheck(ctx: Ctx, checkId: string, options: { paused: boolean }): Promise<string> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const [source] = await tx.select().from(checks).where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId)));
    if (!source) throw new NotFoundError("Check");
    const quotas = await assertRoomForCheck(tx, ctx.workspaceId);
    const probed = isProbed(source.type);
    assertCheckFits(quotas, { intervalSeconds: source.intervalSeconds, regions: source.regions, probed });
    const name = copyName(source.name);
    const [copy] = await tx
      .insert(checks)
      .values({
        workspaceId: ctx.workspaceId,
        name,
        type: source.type,
        config: source.config,
        intervalSeconds: source.intervalSeconds,
        timeoutMs: source.timeoutMs,
        failureThreshold: source.failureThreshold,
        recoveryThreshold: source.recoveryThreshold,
        degradedThresholdMs: source.degradedThresholdMs,
        regions: source.regions,
        quorum: source.quorum,
        paused: options.paused,
        status: options.paused ? "paused" : "pending",
        ...(source.type === "heartbeat" ? newHeartbeatTokenColumns() : {}),
      })
      .returning({ id: checks.id });
    const id = copy!.id;
    await tx.execute(sql`insert into ${checkTags} (check_id, tag_id) select ${id}::uuid, tag_id from ${checkTags} where check_id = ${checkId}`);
    await recordAudit(tx, ctx, {
      action: "check.cloned",
      target: { type: "check", id, label: name },
      changes: [{ field: "source", after: source.name }, { field: "paused", after: options.paused }],
    });
    if (!options.paused && probed) await scheduleCheck(tx, id, source.regions);
    if (!options.paused && source.type === "composite") await queueCompositeEvaluation(tx, id);
    return id;
  });
}
