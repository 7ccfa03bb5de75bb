import "server-only";
import { sql } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import type { AuditAction, AuditTargetType } from "@/lib/audit/actions";
import type { AuditChange } from "@/lib/audit/changes";
import type { Database } from "@/lib/db";
import type { Ctx } from "../context";

type Executor = Pick<Database, "insert">;

/** Whose write it is: a service context (the user, or a token acting for them), or Pingpage itself. */
export type AuditSource = Pick<Ctx, "workspaceId" | "userId" | "actor" | "ip"> | SystemSource;
type SystemSource = { workspaceId: string; system: true };

/** For writes no person asked for: automatic incidents, maintenance windows moving on, DNS checks. */
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
  const actor =
    "system" in source
      ? { actorType: "system" as const, actorId: null, actorLabel: "Pingpage", ip: null }
      : source.actor
        ? { actorType: source.actor.type, actorId: source.actor.id, actorLabel: source.actor.label, ip: source.ip ?? null }
        : {
            actorType: "user" as const,
            actorId: source.userId,
            actorLabel: sql`coalesce((select ${users.email} from ${users} where ${users.id} = ${source.userId}), 'unknown user')`,
            ip: source.ip ?? null,
          };
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
