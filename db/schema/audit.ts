import { bigserial, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { AuditChange } from "@/lib/audit/changes";
import { workspaces } from "./workspaces";

export const auditActorType = pgEnum("audit_actor_type", ["user", "token", "system"]);

/**
 * One row per write in a workspace: who did what to which record, and when. Actor and target keep
 * their labels as they were, so the entry still reads right after a rename or a delete; no foreign
 * key to them for the same reason. Rows older than AUDIT_RETENTION_DAYS are pruned daily.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    actorType: auditActorType("actor_type").notNull(),
    actorId: uuid("actor_id"),
    /** The user's e-mail or the token's name at the time. */
    actorLabel: text("actor_label").notNull(),
    /** `<target type>.<verb>`, e.g. check.updated, member.role_changed. */
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: uuid("target_id"),
    targetLabel: text("target_label"),
    /** Changed field names with non-secret before/after values; secrets appear by name only. */
    changes: jsonb("changes").$type<AuditChange[]>().notNull().default([]),
    ip: text("ip"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The log reads newest first by id (the cursor), within one workspace, optionally narrowed.
    index("audit_log_workspace_idx").on(t.workspaceId, t.id.desc()),
    index("audit_log_actor_idx").on(t.workspaceId, t.actorId, t.id.desc()),
    index("audit_log_target_idx").on(t.workspaceId, t.targetType, t.id.desc()),
    index("audit_log_workspace_created_idx").on(t.workspaceId, t.createdAt),
    // The daily prune.
    index("audit_log_created_idx").on(t.createdAt),
  ],
);
