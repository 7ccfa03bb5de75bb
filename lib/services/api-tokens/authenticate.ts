import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { apiTokens, workspaceMembers } from "@/db/schema";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import type { PersonCtx, Role, Scope } from "../context";
import { hashApiToken, TOKEN_PREFIX } from "./secret";

const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };

/**
 * The context a bearer token acts in: its creator, with the lower of the token's role and their
 * role today (a demoted or removed member's tokens lose that power), and the token's scopes.
 */
export async function authenticateApiToken(bearer: string | null, ip: string | null): Promise<PersonCtx> {
  if (!bearer) throw new UnauthorizedError("Send an API token as Authorization: Bearer pp_…");
  if (!bearer.startsWith(TOKEN_PREFIX)) throw new UnauthorizedError("This is not a Pingpage API token");
  const [row] = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      workspaceId: apiTokens.workspaceId,
      role: apiTokens.role,
      scopes: apiTokens.scopes,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      userId: workspaceMembers.userId,
      memberRole: workspaceMembers.role,
    })
    .from(apiTokens)
    .leftJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, apiTokens.workspaceId), eq(workspaceMembers.userId, apiTokens.createdBy)))
    .where(eq(apiTokens.tokenHash, hashApiToken(bearer)));
  if (!row) throw new UnauthorizedError("This API token is not valid");
  if (row.revokedAt) throw new UnauthorizedError("This API token was revoked");
  if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) throw new UnauthorizedError("This API token has expired");
  if (!row.userId || !row.memberRole) throw new UnauthorizedError("This API token's creator is no longer a member of the workspace");
  await noteUse(row.id, row.lastUsedAt);
  const role = rank[row.role] <= rank[row.memberRole] ? row.role : row.memberRole;
  const scopes = row.scopes.filter((scope): scope is Scope => scope === "read" || scope === "write");
  return { userId: row.userId, workspaceId: row.workspaceId, role, ip, actor: { type: "token", tokenId: row.id, label: row.name, scopes } };
}

/** At most one write a minute per token: a busy client must not turn every read into a write. */
async function noteUse(tokenId: string, lastUsedAt: Date | null): Promise<void> {
  if (lastUsedAt && Date.now() - lastUsedAt.getTime() < 60_000) return;
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.id, tokenId), sql`(${apiTokens.lastUsedAt} is null or ${apiTokens.lastUsedAt} < now() - interval '1 minute')`));
}
