import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { apiTokens } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { ApiTokenInput } from "@/lib/schemas/api-token";
import { recordAudit } from "../audit/record";
import { assertPerson, assertRole, type Ctx } from "../context";
import { newApiTokenSecret } from "./secret";

/**
 * Creates a token acting as its creator, with their role at most (checked again on each request).
 * The secret is returned this once; only its hash is kept.
 */
export async function createApiToken(ctx: Ctx, input: ApiTokenInput): Promise<{ id: string; token: string }> {
  assertRole(ctx, "admin");
  assertPerson(ctx);
  const secret = newApiTokenSecret();
  return db.transaction(async (tx) => {
    const [token] = await tx
      .insert(apiTokens)
      .values({
        workspaceId: ctx.workspaceId,
        name: input.name,
        tokenHash: secret.hash,
        prefix: secret.prefix,
        role: ctx.role,
        scopes: input.scopes,
        createdBy: ctx.userId,
        expiresAt: input.expiresAt,
      })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, ctx, { action: "token.created", target: { type: "token", id: token!.id, label: input.name } });
    return { id: token!.id, token: secret.token };
  });
}

export async function listApiTokens(ctx: Ctx) {
  assertRole(ctx, "admin");
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      createdAt: apiTokens.createdAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.workspaceId, ctx.workspaceId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiToken(ctx: Ctx, tokenId: string): Promise<void> {
  assertRole(ctx, "admin");
  await db.transaction(async (tx) => {
    const [token] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.workspaceId, ctx.workspaceId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!token) throw new NotFoundError("Token");
    await recordAudit(tx, ctx, { action: "token.revoked", target: { type: "token", id: token.id, label: token.name } });
  });
}
