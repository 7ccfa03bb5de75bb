import "server-only";
import { sql } from "drizzle-orm";
import type { EventOf } from "@/lib/events/types";
import type { ReactionTx } from "@/lib/events/react";
import { evaluateCompositeCheck } from "./evaluate";

/**
 * The reaction to a member changing state: every active composite of the member's workspace that
 * lists it records a run from its members' states now. Returns how many composites changed state.
 */
export async function followMember(tx: ReactionTx, event: EventOf<"check.status_changed">, now = new Date()): Promise<number> {
  const composites = await tx.execute<{ id: string }>(sql`
    select id from checks
    where workspace_id = ${event.workspaceId} and type = 'composite' and not paused and id <> ${event.checkId}
      and config->'checkIds' ? ${event.checkId}::text`);
  let changed = 0;
  for (const { id } of composites.rows) {
    if ((await evaluateCompositeCheck(id, now, tx))?.changed) changed += 1;
  }
  return changed;
}
