import "server-only";
import { and, desc, eq, gte, ilike, lt, type SQL, sql } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { db } from "@/lib/db";
import type { AuditFilter } from "@/lib/schemas/audit";
import { assertRole, type Ctx } from "../context";

const PAGE_SIZE = 50;
const DAY = 86_400_000;

/**
 * Where the target is now, for a link: the record's own id, the page an incident, maintenance or
 * domain sits on, or "members"; null once it is gone. Scoped to the workspace like the entry.
 * The outer columns are qualified by hand: a bare "workspace_id" inside a subquery is its own table's.
 */
const targetRef = sql<string | null>`case ${auditLog.targetType}
  when 'check' then (select c.id::text from checks c where c.id = audit_log.target_id and c.workspace_id = audit_log.workspace_id)
  when 'page' then (select p.id::text from pages p where p.id = audit_log.target_id and p.workspace_id = audit_log.workspace_id)
  when 'incident' then (select i.page_id::text from incidents i join pages p on p.id = i.page_id where i.id = audit_log.target_id and p.workspace_id = audit_log.workspace_id)
  when 'maintenance' then (select m.page_id::text from maintenances m join pages p on p.id = m.page_id where m.id = audit_log.target_id and p.workspace_id = audit_log.workspace_id)
  when 'domain' then (select d.page_id::text from custom_domains d join pages p on p.id = d.page_id where d.id = audit_log.target_id and p.workspace_id = audit_log.workspace_id)
  when 'member' then (select 'members' from workspace_members w where w.user_id = audit_log.target_id and w.workspace_id = audit_log.workspace_id)
  when 'invitation' then (select 'members' from invitations v where v.id = audit_log.target_id and v.workspace_id = audit_log.workspace_id and v.accepted_at is null)
end`;

/** One page of the workspace's log, newest first, for owners and admins. */
export async function listAuditEntries(ctx: Ctx, filter: AuditFilter, pageSize = PAGE_SIZE) {
  assertRole(ctx, "admin");
  const where: (SQL | undefined)[] = [eq(auditLog.workspaceId, ctx.workspaceId)];
  if (filter.actor === "system") where.push(eq(auditLog.actorType, "system"));
  else if (filter.actor) where.push(eq(auditLog.actorId, filter.actor));
  if (filter.type) where.push(eq(auditLog.targetType, filter.type));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.from) where.push(gte(auditLog.createdAt, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to) where.push(lt(auditLog.createdAt, new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY)));
  if (filter.q) where.push(ilike(auditLog.targetLabel, `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (filter.cursor) where.push(lt(auditLog.id, filter.cursor));

  const rows = await db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      actorType: auditLog.actorType,
      actorId: auditLog.actorId,
      actorLabel: auditLog.actorLabel,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetLabel: auditLog.targetLabel,
      targetRef,
      changes: auditLog.changes,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(pageSize + 1);
  const entries = rows.slice(0, pageSize);
  return { entries, nextCursor: rows.length > pageSize ? entries.at(-1)!.id : null };
}
export type AuditEntryRow = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];
