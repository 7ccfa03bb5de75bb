import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { checks } from "@/db/schema";
import type { Database } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { CheckConfig } from "@/lib/schemas/check-config";

type Executor = Pick<Database, "select">;

/** A composite may only list checks of its own workspace, and never itself. */
export async function assertCompositeMembers(executor: Executor, workspaceId: string, config: CheckConfig, selfId?: string): Promise<void> {
  if (config.type !== "composite") return;
  const problem = (message: string) => new ValidationError("Please fix the highlighted fields.", { "config.checkIds": [message] });
  if (selfId && config.checkIds.includes(selfId)) throw problem("A composite check cannot include itself");
  const found = await executor
    .select({ id: checks.id })
    .from(checks)
    .where(and(eq(checks.workspaceId, workspaceId), inArray(checks.id, config.checkIds)));
  if (found.length !== new Set(config.checkIds).size) throw problem("Pick checks from this workspace");
}
