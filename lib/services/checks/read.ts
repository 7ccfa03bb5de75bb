import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { checkRuns, checks } from "@/db/schema";
import { isSealed, openSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { storedCheckConfig } from "@/lib/schemas/check-config";
import { redactSecretFields } from "@/lib/schemas/check-config/secret-fields";
import { hasRole, type Ctx } from "../context";

/**
 * A check as the dashboard may show it: secrets in its settings redacted to KEPT_SECRET, and the
 * heartbeat token (opened) only for editors, who may see the heartbeat URL.
 */
export function shown(ctx: Ctx, row: typeof checks.$inferSelect) {
  const { heartbeatToken, heartbeatTokenHash: _hash, ...rest } = row;
  const token = heartbeatToken && hasRole(ctx, "editor") ? openHeartbeatToken(heartbeatToken) : null;
  return { ...rest, config: redactSecretFields(row.config), heartbeatToken: token };
}

/** A token sealed under a key this server no longer has hides the URL rather than the whole page. */
function openHeartbeatToken(stored: string): string | null {
  if (!isSealed(stored)) return stored;
  try {
    return openSecret(stored);
  } catch (error) {
    console.error("[checks] cannot open a heartbeat token", error instanceof Error ? error.message : error);
    return null;
  }
}

export async function listChecks(ctx: Ctx) {
  const rows = await db.select().from(checks).where(eq(checks.workspaceId, ctx.workspaceId)).orderBy(asc(checks.name));
  return rows.map((row) => ({ ...shown(ctx, row), heartbeatToken: null }));
}

/**
 * Just what a picker of checks renders (page components, composite members): rows passed to a
 * client component are serialised whole, settings included.
 */
export async function listCheckOptions(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: checks.id, name: checks.name })
    .from(checks)
    .where(eq(checks.workspaceId, ctx.workspaceId))
    .orderBy(asc(checks.name));
}

export async function getCheck(ctx: Ctx, checkId: string) {
  const [check] = await db
    .select()
    .from(checks)
    .where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId)));
  if (!check) throw new NotFoundError("Check");
  const visible = shown(ctx, check);
  return { ...visible, config: storedCheckConfig.parse(visible.config) };
}

export async function recentRuns(ctx: Ctx, checkId: string, limit = 50) {
  await getCheck(ctx, checkId);
  return db.select().from(checkRuns).where(eq(checkRuns.checkId, checkId)).orderBy(desc(checkRuns.startedAt)).limit(limit);
}
