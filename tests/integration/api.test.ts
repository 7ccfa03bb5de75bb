import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiTokens, auditLog, checks, workspaceMembers } from "@/db/schema";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { apiTokenInput } from "@/lib/schemas/api-token";
import { createApiToken, revokeApiToken } from "@/lib/services/api-tokens/manage";
import { apiWorkspace, callApi, httpCheck } from "../support/api";

const problemType = "application/problem+json";

describe("API tokens", () => {
  it("refuses a request without a token, a bad token, a revoked and an expired one with 401 problems", async () => {
    const { ctx, token, tokenId } = await apiWorkspace();
    const none = await callApi(null, "GET", "/checks");
    expect(none.status).toBe(401);
    expect(none.headers.get("content-type")).toBe(problemType);
    expect(none.body).toMatchObject({ status: 401, title: "Unauthorized" });
    expect((await callApi("pp_nottherealone", "GET", "/checks")).status).toBe(401);
    expect((await callApi(token, "GET", "/checks")).status).toBe(200);
    await revokeApiToken(ctx, tokenId);
    const revoked = await callApi(token, "GET", "/checks");
    expect(revoked.status).toBe(401);
    expect(revoked.body.detail).toMatch(/revoked/);

    const expiring = await apiWorkspace({ expiresAt: new Date(Date.now() + 60_000) });
    await db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, expiring.tokenId));
    const expired = await callApi(expiring.token, "GET", "/me");
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toMatch(/expired/);
  });

  it("stores only a hash, records the last use, and a read token gets 403 on writes", async () => {
    const { token, tokenId } = await apiWorkspace({ scopes: ["read"] });
    const [stored] = await db.select().from(apiTokens).where(eq(apiTokens.id, tokenId));
    expect(stored!.tokenHash).not.toContain(token.slice(3));
    expect(stored!.lastUsedAt).toBeNull();
    const me = await callApi(token, "GET", "/me");
    expect(me.body.token.scopes).toEqual(["read"]);
    const [used] = await db.select().from(apiTokens).where(eq(apiTokens.id, tokenId));
    expect(used!.lastUsedAt).not.toBeNull();
    const write = await callApi(token, "POST", "/checks", httpCheck());
    expect(write.status).toBe(403);
    expect(write.headers.get("content-type")).toBe(problemType);
    const batch = await callApi(token, "POST", "/batch", { operations: [{ method: "GET", path: "/me" }, { method: "POST", path: "/checks", body: httpCheck() }] });
    expect(batch.body.results.map((result: { status: number }) => result.status)).toEqual([200, 403]);
  });

  it("acts with its creator's role at most: a demoted creator's token cannot write, a removed one's cannot read", async () => {
    const { ctx, token } = await apiWorkspace();
    await db.update(workspaceMembers).set({ role: "viewer" }).where(and(eq(workspaceMembers.workspaceId, ctx.workspaceId), eq(workspaceMembers.userId, ctx.userId)));
    expect((await callApi(token, "GET", "/me")).body.role).toBe("viewer");
    const write = await callApi(token, "POST", "/checks", httpCheck());
    expect(write.status).toBe(403);
    await db.delete(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, ctx.workspaceId), eq(workspaceMembers.userId, ctx.userId)));
    expect((await callApi(token, "GET", "/checks")).status).toBe(401);
  });

  it("only owners and admins create and revoke tokens", async () => {
    const { ctx, tokenId } = await apiWorkspace();
    const editor = { ...ctx, role: "editor" as const };
    await expect(createApiToken(editor, apiTokenInput.parse({ name: "Mine", scopes: ["read"] }))).rejects.toThrow(ForbiddenError);
    await expect(revokeApiToken(editor, tokenId)).rejects.toThrow(ForbiddenError);
    expect(apiTokenInput.safeParse({ name: "Old", scopes: ["read"], expiresAt: "2001-01-01T00:00:00Z" }).success).toBe(false);
  });

  it("records writes in the audit log with the token as the actor", async () => {
    const { ctx, token, tokenId } = await apiWorkspace();
    const created = await callApi(token, "POST", "/checks", httpCheck("Audited"));
    expect(created.status).toBe(201);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.targetId, created.body.id));
    expect(entry).toMatchObject({ workspaceId: ctx.workspaceId, actorType: "token", actorId: tokenId, actorLabel: "CI", action: "check.created" });
  });
});

describe("API conventions", () => {
  it("answers 404 for another workspace's check, never 403, and changes nothing", async () => {
    const mine = await apiWorkspace();
    const theirs = await apiWorkspace();
    const created = await callApi(theirs.token, "POST", "/checks", httpCheck("Theirs"));
    for (const [method, body] of [["GET"], ["PUT", httpCheck("Stolen")], ["DELETE"]] as const) {
      const attempt = await callApi(mine.token, method, `/checks/${created.body.id}`, body);
      expect(attempt.status).toBe(404);
    }
    const [row] = await db.select().from(checks).where(eq(checks.id, created.body.id));
    expect(row!.name).toBe("Theirs");
  });

  it("validates bodies with the shared schema, naming each field, unknown fields included", async () => {
    const { ctx, token } = await apiWorkspace();
    const bad = await callApi(token, "POST", "/checks", { ...httpCheck(), intervalSeconds: 5, colour: "red" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual(expect.arrayContaining([{ path: "colour", message: "Unknown field" }, expect.objectContaining({ path: "intervalSeconds" })]));
    expect((await callApi(token, "POST", "/checks", "{not json")).status).toBe(400);
    const huge = await callApi(token, "POST", "/checks", JSON.stringify({ name: "x".repeat(1024 * 1024 + 10) }));
    expect(huge.status).toBe(413);
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(checks).where(eq(checks.workspaceId, ctx.workspaceId));
    expect(count!.n).toBe(0);
  });

  it("pages with a cursor and a Link header", async () => {
    const { token } = await apiWorkspace();
    for (const name of ["A", "B", "C"]) await callApi(token, "POST", "/checks", httpCheck(name));
    const first = await callApi(token, "GET", "/checks?limit=2");
    expect(first.body.items.map((c: { name: string }) => c.name)).toEqual(["A", "B"]);
    expect(first.headers.get("link")).toMatch(/rel="next"/);
    const next = /<([^>]+)>/.exec(first.headers.get("link")!)![1]!.replace("/api/v1", "");
    const second = await callApi(token, "GET", next);
    expect(second.body.items.map((c: { name: string }) => c.name)).toEqual(["C"]);
    expect(second.body.nextCursor).toBeNull();
    expect((await callApi(token, "GET", "/checks?limit=101")).status).toBe(422);
    expect((await callApi(token, "GET", "/checks?cursor=garbage")).status).toBe(422);
  });

  it("sends an ETag and refuses an update whose If-Match is stale with 412", async () => {
    const { token } = await apiWorkspace();
    const created = await callApi(token, "POST", "/checks", httpCheck("Before"));
    const read = await callApi(token, "GET", `/checks/${created.body.id}`);
    const etag = read.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect((await callApi(token, "GET", `/checks/${created.body.id}`, undefined, { "if-none-match": etag })).status).toBe(304);
    const first = await callApi(token, "PUT", `/checks/${created.body.id}`, httpCheck("After"), { "if-match": etag });
    expect(first.status).toBe(200);
    const stale = await callApi(token, "PUT", `/checks/${created.body.id}`, httpCheck("Lost update"), { "if-match": etag });
    expect(stale.status).toBe(412);
    expect(stale.headers.get("content-type")).toBe(problemType);
    expect((await callApi(token, "GET", `/checks/${created.body.id}`)).body.name).toBe("After");
  });

  it("creates once for a retried POST with the same Idempotency-Key", async () => {
    const { ctx, token } = await apiWorkspace();
    const key = { "idempotency-key": "create-once-1" };
    const [a, b] = await Promise.all([callApi(token, "POST", "/checks", httpCheck("Once"), key), callApi(token, "POST", "/checks", httpCheck("Once"), key)]);
    const retry = await callApi(token, "POST", "/checks", httpCheck("Once"), key);
    const ids = [a, b, retry].filter((call) => call.status === 201).map((call) => call.body.id);
    expect(new Set(ids).size).toBe(1);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(checks).where(eq(checks.workspaceId, ctx.workspaceId));
    expect(count!.n).toBe(1);
    const other = await callApi(token, "POST", "/checks", httpCheck("Different"), key);
    expect(other.status).toBe(422);
  });

  it("sends rate-limit headers and answers 429 with Retry-After past the limit", async () => {
    const { token, tokenId } = await apiWorkspace();
    const ok = await callApi(token, "GET", "/me");
    const limit = Number(ok.headers.get("ratelimit-limit"));
    expect(limit).toBeGreaterThan(0);
    expect(Number(ok.headers.get("ratelimit-remaining"))).toBe(limit - 1);
    expect(Number(ok.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    await db.execute(sql`update rate_limits set hits = ${limit} where key = ${`api:${tokenId}`}`);
    const refused = await callApi(token, "GET", "/me");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ status: 429 });
  });

  it("runs a batch of creates in one request, each answered on its own", async () => {
    const { token } = await apiWorkspace();
    const batch = await callApi(token, "POST", "/batch", {
      operations: [
        { method: "POST", path: "/checks", body: httpCheck("One") },
        { method: "POST", path: "/checks", body: { name: "" } },
        { method: "GET", path: "/checks?limit=10" },
      ],
    });
    expect(batch.status).toBe(200);
    expect(batch.body.results.map((r: { status: number }) => r.status)).toEqual([201, 422, 200]);
    expect(batch.body.results[2].body.items).toHaveLength(1);
  });
});
