import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { auditLog, checkRuns, checks, checkSchedules, checkTags } from "@/db/schema";
import { startHttpTarget } from "@/lib/checks/testing/http-target";
import { isSealed } from "@/lib/crypto/secret-box";
import { openCheckSecrets } from "@/lib/crypto/check-secrets";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { checkInput } from "@/lib/schemas/check";
import { checkListQuery } from "@/lib/schemas/check-list";
import { bulkUpdateChecks } from "@/lib/services/checks/bulk";
import { cloneCheck } from "@/lib/services/checks/clone";
import { createCheck } from "@/lib/services/checks/create";
import { checkLiveStates, listCheckPage } from "@/lib/services/checks/list";
import { runCheckNow } from "@/lib/services/checks/run-now";
import { createTag, deleteTag, listTags, setCheckTags, tagsOfChecks } from "@/lib/services/checks/tags";
import type { Ctx } from "@/lib/services/context";
import { createOwnerCtx } from "../support/factories";

// These checks probe local test servers: the instance allows private targets, as a self-hoster's would.
const privateTargets = vi.hoisted(() => ({ allowed: true }));
vi.mock("@/lib/services/instance/settings", async (original) => ({
  ...(await original<typeof import("@/lib/services/instance/settings")>()),
  allowPrivateTargets: async () => privateTargets.allowed,
}));

const http = (name: string, url = "https://example.com/health", extra: Record<string, unknown> = {}) =>
  checkInput.parse({ name, config: { type: "http", url, method: "GET", ...extra } });

async function auditOf(ctx: Ctx, action: string) {
  return db.select().from(auditLog).where(and(eq(auditLog.workspaceId, ctx.workspaceId), eq(auditLog.action, action)));
}

const query = (input: Record<string, string>) => checkListQuery.parse(input);

describe("tags", () => {
  it("are per workspace, unique by name whatever the case, and only this workspace's attach to a check", async () => {
    const ctx = await createOwnerCtx();
    const other = await createOwnerCtx();
    const prod = await createTag(ctx, { name: "Production", colour: "green" });
    await expect(createTag(ctx, { name: "production", colour: "red" })).rejects.toBeInstanceOf(ConflictError);
    const foreign = await createTag(other, { name: "Production", colour: "red" });
    const id = await createCheck(ctx, http("API"));
    await expect(setCheckTags(ctx, id, [foreign.id])).rejects.toBeInstanceOf(NotFoundError);
    await expect(setCheckTags(other, id, [foreign.id])).rejects.toBeInstanceOf(NotFoundError);
    await setCheckTags(ctx, id, [prod.id]);
    expect((await tagsOfChecks(ctx, [id])).get(id)).toEqual([{ id: prod.id, name: "Production", colour: "green" }]);
    expect(await tagsOfChecks(other, [id])).toEqual(new Map());
    expect((await auditOf(ctx, "tag.created")).map((e) => e.targetLabel)).toEqual(["Production"]);
    expect((await auditOf(ctx, "check.updated"))[0]?.changes).toEqual([{ field: "tags", before: "", after: "Production" }]);
    await deleteTag(ctx, prod.id);
    expect(await listTags(ctx)).toEqual([]);
    expect(await db.select().from(checkTags).where(eq(checkTags.checkId, id))).toEqual([]);
  });

  it("are refused to viewers", async () => {
    const ctx = await createOwnerCtx();
    await expect(createTag({ ...ctx, role: "viewer" }, { name: "x", colour: "slate" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the checks list", () => {
  it("searches by name or target, filters by state, type and tag, sorts and pages on the server", async () => {
    const ctx = await createOwnerCtx();
    const ids: string[] = [];
    for (let i = 0; i < 7; i += 1) ids.push(await createCheck(ctx, http(`Site ${i}`, `https://site-${i}.example.com/`)));
    const tcp = await createCheck(ctx, checkInput.parse({ name: "Database", config: { type: "tcp", host: "db.internal.example.com", port: 5432 } }));
    await db.update(checks).set({ status: "down", lastLatencyMs: 900 }).where(eq(checks.id, ids[3]!));
    await db.update(checks).set({ status: "up", lastLatencyMs: 20 }).where(eq(checks.id, ids[5]!));
    const tag = await createTag(ctx, { name: "eu", colour: "blue" });
    await setCheckTags(ctx, ids[1]!, [tag.id]);
    await setCheckTags(ctx, tcp, [tag.id]);

    const names = async (input: Record<string, string>, size?: number) => (await listCheckPage(ctx, query(input), size)).checks.map((c) => c.name);
    expect(await names({ q: "site-4.example" })).toEqual(["Site 4"]);
    expect(await names({ q: "datab" })).toEqual(["Database"]);
    expect(await names({ q: "100%_" })).toEqual([]);
    expect(await names({ state: "down" })).toEqual(["Site 3"]);
    expect(await names({ type: "tcp" })).toEqual(["Database"]);
    expect(await names({ tag: tag.id })).toEqual(["Database", "Site 1"]);
    expect((await names({ sort: "state" }))[0]).toBe("Site 3");
    expect((await names({ sort: "latency" })).slice(0, 2)).toEqual(["Site 5", "Site 3"]);
    expect((await names({ sort: "name", dir: "desc" }))[0]).toBe("Site 6");

    const second = await listCheckPage(ctx, query({ page: "2" }), 3);
    expect(second).toMatchObject({ total: 8, page: 2, pageCount: 3 });
    expect(second.checks.map((c) => c.name)).toEqual(["Site 2", "Site 3", "Site 4"]);
    const beyond = await listCheckPage(ctx, query({ page: "9" }), 3);
    expect(beyond).toMatchObject({ checks: [], total: 8 });
  });

  it("shows nothing of another workspace, in the list or in the live states", async () => {
    const ctx = await createOwnerCtx();
    const other = await createOwnerCtx();
    const foreign = await createCheck(other, http("Theirs"));
    expect((await listCheckPage(ctx, query({}))).total).toBe(0);
    expect(await checkLiveStates(ctx, [foreign])).toEqual([]);
    expect((await checkLiveStates(other, [foreign]))[0]).toMatchObject({ id: foreign, status: "pending" });
  });

  it("refuses malformed query-string values with a message naming the field", () => {
    const parsed = checkListQuery.safeParse({ state: "sideways", page: "0" });
    expect(parsed.success).toBe(false);
    const fields = parsed.error!.issues.map((issue) => issue.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["state", "page"]));
  });
});

describe("bulk operations", () => {
  it("pause, resume, tag and delete only this workspace's checks, with one audit entry per check", async () => {
    const ctx = await createOwnerCtx();
    const other = await createOwnerCtx();
    const mine = [await createCheck(ctx, http("A")), await createCheck(ctx, http("B"))];
    const theirs = await createCheck(other, http("C"));
    const ids = [...mine, theirs];

    expect(await bulkUpdateChecks(ctx, ids, { op: "pause" })).toEqual({ changed: 2 });
    const after = await db.select({ id: checks.id, paused: checks.paused }).from(checks).where(eq(checks.paused, true));
    expect(after.map((c) => c.id)).toEqual(expect.arrayContaining(mine));
    expect(after.map((c) => c.id)).not.toContain(theirs);
    expect(await db.select().from(checkSchedules).where(eq(checkSchedules.checkId, mine[0]!))).toEqual([]);
    expect((await auditOf(ctx, "check.paused")).length).toBe(2);
    expect(await auditOf(other, "check.paused")).toEqual([]);
    expect(await bulkUpdateChecks(ctx, ids, { op: "pause" })).toEqual({ changed: 0 });

    expect(await bulkUpdateChecks(ctx, ids, { op: "resume" })).toEqual({ changed: 2 });
    expect((await db.select().from(checkSchedules).where(eq(checkSchedules.checkId, mine[0]!))).length).toBe(1);

    const tag = await createTag(ctx, { name: "web", colour: "sky" });
    const foreignTag = await createTag(other, { name: "web", colour: "sky" });
    await expect(bulkUpdateChecks(ctx, ids, { op: "tag", tagId: foreignTag.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await bulkUpdateChecks(ctx, ids, { op: "tag", tagId: tag.id })).toEqual({ changed: 2 });
    expect(await bulkUpdateChecks(ctx, ids, { op: "tag", tagId: tag.id })).toEqual({ changed: 0 });
    expect((await auditOf(ctx, "check.tagged")).length).toBe(2);
    expect(await db.select().from(checkTags).where(eq(checkTags.checkId, theirs))).toEqual([]);
    expect(await bulkUpdateChecks(ctx, ids, { op: "untag", tagId: tag.id })).toEqual({ changed: 2 });

    expect(await bulkUpdateChecks(ctx, ids, { op: "delete" })).toEqual({ changed: 2 });
    expect(await db.select().from(checks).where(eq(checks.workspaceId, ctx.workspaceId))).toEqual([]);
    expect((await db.select().from(checks).where(eq(checks.id, theirs))).length).toBe(1);
    expect((await auditOf(ctx, "check.deleted")).length).toBe(2);
  });

  it("are refused to viewers", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, http("A"));
    await expect(bulkUpdateChecks({ ...ctx, role: "viewer" }, [id], { op: "delete" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("cloning a check", () => {
  it("copies settings and tags with secrets still sealed, paused or running as asked", async () => {
    const ctx = await createOwnerCtx();
    const password = `pw-${randomBytes(6).toString("hex")}`;
    const source = await createCheck(ctx, http("API", "https://api.example.com/", { auth: { type: "basic", username: "monitor", password } }));
    const tag = await createTag(ctx, { name: "api", colour: "violet" });
    await setCheckTags(ctx, source, [tag.id]);

    const paused = await cloneCheck(ctx, source, { paused: true });
    const [copy] = await db.select().from(checks).where(eq(checks.id, paused));
    expect(copy).toMatchObject({ name: "Copy of API", paused: true, status: "paused", workspaceId: ctx.workspaceId });
    const config = copy!.config as { auth: { password: string } };
    expect(isSealed(config.auth.password)).toBe(true);
    expect(JSON.stringify(copy)).not.toContain(password);
    expect(openCheckSecrets(copy!.config)).toMatchObject({ auth: { password } });
    expect((await tagsOfChecks(ctx, [paused])).get(paused)).toEqual([{ id: tag.id, name: "api", colour: "violet" }]);
    expect(await db.select().from(checkSchedules).where(eq(checkSchedules.checkId, paused))).toEqual([]);

    const running = await cloneCheck(ctx, source, { paused: false });
    expect((await db.select().from(checkSchedules).where(eq(checkSchedules.checkId, running))).length).toBe(1);
    expect((await auditOf(ctx, "check.cloned")).map((e) => e.targetId).sort()).toEqual([paused, running].sort());
  });

  it("refuses another workspace's check as unknown", async () => {
    const ctx = await createOwnerCtx();
    const other = await createOwnerCtx();
    const theirs = await createCheck(other, http("Theirs"));
    await expect(cloneCheck(ctx, theirs, { paused: true })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("run now", () => {
  it("probes with the check's opened secrets, returns timings, records no run, and runs once per 10 seconds", async () => {
    const seen: (string | undefined)[] = [];
    const target = await startHttpTarget((request, response) => {
      seen.push(request.headers.authorization);
      response.end("ok");
    });
    try {
      const ctx = await createOwnerCtx();
      const password = `pw-${randomBytes(6).toString("hex")}`;
      const id = await createCheck(ctx, http("Local", target.url("/health"), { auth: { type: "basic", username: "monitor", password } }));
      const result = await runCheckNow(ctx, id, { allowPrivateTargets: true });
      expect(result).toMatchObject({ ok: true, statusCode: 200 });
      expect(result.timings?.totalMs).toBeGreaterThanOrEqual(0);
      expect(result.timings?.firstByteMs).toBeGreaterThanOrEqual(0);
      expect(seen).toEqual([`Basic ${Buffer.from(`monitor:${password}`).toString("base64")}`]);
      expect(await db.select().from(checkRuns).where(eq(checkRuns.checkId, id))).toEqual([]);
      await expect(runCheckNow(ctx, id, { allowPrivateTargets: true })).rejects.toBeInstanceOf(RateLimitedError);
      expect(seen.length).toBe(1);
    } finally {
      await target.close();
    }
  });

  it("keeps the SSRF guard of the worker: a loopback target is blocked unless private targets are allowed", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, http("Loopback", "http://127.0.0.1:9/"));
    privateTargets.allowed = false;
    try {
      expect(await runCheckNow(ctx, id)).toMatchObject({ ok: false, errorClass: "blocked" });
    } finally {
      privateTargets.allowed = true;
    }
  });

  it("refuses viewers and other workspaces", async () => {
    const ctx = await createOwnerCtx();
    const other = await createOwnerCtx();
    const id = await createCheck(ctx, http("A"));
    await expect(runCheckNow({ ...ctx, role: "viewer" }, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(runCheckNow(other, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
