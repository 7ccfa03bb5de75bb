import "server-only";
import { and, eq } from "drizzle-orm";
import { checks, pageComponents, pages, users, workspaceMembers } from "@/db/schema";
import { type AuditChange, auditChanges } from "@/lib/audit/changes";
import type { Database } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Ctx } from "../context";

type Reader = Pick<Database, "select">;

/** A check's settings as saved, keyed like checkSettings(), locked until the edit commits. */
export async function auditedCheck(reader: Reader, ctx: Ctx, checkId: string): Promise<Record<string, unknown>> {
  const [row] = await reader
    .select({
      name: checks.name,
      type: checks.type,
      config: checks.config,
      intervalSeconds: checks.intervalSeconds,
      timeoutMs: checks.timeoutMs,
      failureThreshold: checks.failureThreshold,
      recoveryThreshold: checks.recoveryThreshold,
      degradedThresholdMs: checks.degradedThresholdMs,
      paused: checks.paused,
      regions: checks.regions,
      quorum: checks.quorum,
    })
    .from(checks)
    .where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId)))
    .for("update");
  if (!row) throw new NotFoundError("Check");
  return row;
}

/** A page's settings as saved, keyed like the page form's fields; locked until the edit commits. */
export async function auditedPage(reader: Reader, ctx: Ctx, pageId: string) {
  const [row] = await reader
    .select({
      name: pages.name,
      slug: pages.slug,
      description: pages.description,
      websiteUrl: pages.websiteUrl,
      logoUrl: pages.logoUrl,
      faviconUrl: pages.faviconUrl,
      brandColor: pages.brandColor,
      timeZone: pages.timeZone,
      theme: pages.theme,
      language: pages.language,
      autoIncidents: pages.autoIncidents,
    })
    .from(pages)
    .where(and(eq(pages.id, pageId), eq(pages.workspaceId, ctx.workspaceId)))
    .for("update");
  return row;
}

/** A member's role and e-mail, the membership locked until the change commits. */
export async function auditedMember(reader: Reader, ctx: Ctx, userId: string) {
  const [row] = await reader
    .select({ role: workspaceMembers.role, email: users.email })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.workspaceId, ctx.workspaceId), eq(workspaceMembers.userId, userId)))
    .for("update", { of: workspaceMembers });
  return row;
}

export async function memberEmail(reader: Reader, userId: string): Promise<string | null> {
  const [row] = await reader.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email ?? null;
}

/** A page's components by name with their display settings, to name what an edit changed. */
export async function auditedComponents(reader: Reader, pageId: string): Promise<Record<string, Record<string, unknown>>> {
  const rows = await reader
    .select({
      id: pageComponents.id,
      name: pageComponents.name,
      description: pageComponents.description,
      groupName: pageComponents.groupName,
      position: pageComponents.position,
      showResponseTime: pageComponents.showResponseTime,
    })
    .from(pageComponents)
    .where(eq(pageComponents.pageId, pageId));
  return Object.fromEntries(rows.map(({ id, ...settings }) => [id, settings]));
}

/** What an edit did to each component: added, removed, or the settings it changed ("component API.groupName"). */
export function componentChanges(before: Record<string, Record<string, unknown>>, after: Record<string, Record<string, unknown>>): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const [id, settings] of Object.entries(after)) {
    const old = before[id];
    const field = `component ${String((old ?? settings).name)}`;
    if (!old) changes.push({ field, after: "added" });
    else changes.push(...auditChanges(old, settings).map((c) => ({ ...c, field: `${field}.${c.field}` })));
  }
  for (const [id, settings] of Object.entries(before)) {
    if (!after[id]) changes.push({ field: `component ${String(settings.name)}`, after: "removed" });
  }
  return changes;
}
