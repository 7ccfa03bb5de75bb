import "server-only";
import { sql } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import type { AuditAction, AuditTargetType } from "@/lib/audit/actions";
import type { AuditChange } from "@/lib/audit/changes";
import type { Database } from "@/lib/db";
import type { PersonCtx, SystemCtx } from "../context";

type Executor = Pick<Database, "insert">;

/** Whose write it is: the service context, whose actor is a user, a token or Pingpage itself. */
export type AuditSource = Pick<PersonCtx, "workspaceId" | "userId" | "actor" | "ip"> | SystemCtx | SystemSource;
type SystemSource = { workspaceId: string; system: true };

/** For code without a context yet; prefer passing a `systemCtx` (lib/services/context.ts). */
export function systemSource(workspaceId: string): SystemSource {
  return { workspaceId, system: true };
}

export type AuditEntry = {
  action: AuditAction;
  target: { type: AuditTargetType; id: string | null; label: string | null };
  changes?: AuditChange[];
};

/**
 * Records one write in the caller's transaction, so the entry exists exactly when the change
 * does. A user is labelled with their e-mail as it is now, read in the same statement.
 */
export async function recordAudit(executor: Executor, source: AuditSource, entry: AuditEntry): Promise<void> {
  const actor = actorColumns(source);
  await executor.insert(auditLog).values({
    workspaceId: source.workspaceId,
    ...actor,
    action: entry.action,
    targetType: entry.target.type,
    targetId: entry.target.id,
    targetLabel: entry.target.label,
    changes: entry.changes ?? [],
  });
}

function actorColumns(source: AuditSource) {
  if ("system" in source || source.userId === null) return { actorType: "system" as const, actorId: null, actorLabel: "Pingpage", ip: null };
  const actor = source.actor ?? { type: "user" as const, userId: source.userId };
  const ip = source.ip ?? null;
  switch (actor.type) {
    case "token":
      return { actorType: "token" as const, actorId: actor.tokenId, actorLabel: actor.label, ip };
    case "user":
      return {
        actorType: "user" as const,
        actorId: actor.userId,
        actorLabel: sql`coalesce((select ${users.email} from ${users} where ${users.id} = ${actor.userId}), 'unknown user')`,
        ip,
      };
  }
}
