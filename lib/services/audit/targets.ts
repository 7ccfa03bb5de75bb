import "server-only";
import { and, eq } from "drizzle-orm";
import { checks, pages, users, workspaceMembers } from "@/db/schema";
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
