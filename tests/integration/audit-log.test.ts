import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, workspaceMembers } from "@/db/schema";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { auditFilter } from "@/lib/schemas/audit";
import { checkInput } from "@/lib/schemas/check";
import { pageInput } from "@/lib/schemas/page";
import { listAuditEntries } from "@/lib/services/audit/list";
import { recordAudit } from "@/lib/services/audit/record";
import { pruneAuditLog } from "@/lib/services/audit/prune";
import { createCheck } from "@/lib/services/checks/create";
import { deleteCheck } from "@/lib/services/checks/delete";
import type { Ctx } from "@/lib/services/context";
import { createPage } from "@/lib/services/pages/write";
import { createOwnerCtx, createUser } from "../support/factories";
import { uniqueSlug } from "../support/status-page";

const DAY = 86_400_000;
const filter = (query: Record<string, string> = {}) => auditFilter.parse(query);
const httpCheck = (name: string) => checkInput.parse({ name, config: { type: "http", url: "https://example.com" } });

describe("reading the audit log", () => {
  it("is for owners and admins only", async () => {
    const owner = await createOwnerCtx();
    await createCheck(owner, httpCheck("API"));
    expect((await listAuditEntries({ ...owner, role: "admin" }, filter())).entries).toHaveLength(1);
    for (const role of ["editor", "viewer"] as const) {
      await expect(listAuditEntries({ ...owner, role }, filter())).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("never shows another workspace's entries, whatever the filters", async () => {
    const mine = await createOwnerCtx();
    const theirs = await createOwnerCtx();
    const theirCheck = await createCheck(theirs, httpCheck("Their secret project"));
    await createCheck(mine, httpCheck("API"));
    const seen = await listAuditEntries(mine, filter({ q: "secret project" }));
    expect(seen.entries).toEqual([]);
    const byTheirActor = await listAuditEntries(mine, filter({ actor: theirs.userId }));
    expect(byTheirActor.entries).toEqual([]);
    const all = await listAuditEntries(mine, filter());
    expect(all.entries.map((e) => e.targetLabel)).toEqual(["API"]);
    expect(all.entries.map((e) => e.targetId)).not.toContain(theirCheck);
  });

  it("filters by actor, kind of record, action, text and date, newest first", async () => {
    const owner = await createOwnerCtx();
    const admin = await createUser();
    const adminCtx: Ctx = { userId: admin.id, workspaceId: owner.workspaceId, role: "admin" };
    const api = await createCheck(owner, httpCheck("Public API"));
    await createCheck(adminCtx, httpCheck("Website"));
    await createPage(adminCtx, pageInput.parse({ name: "Acme status", slug: uniqueSlug() }));
    await deleteCheck(owner, api);

    const labels = async (query: Record<string, string>) => (await listAuditEntries(owner, filter(query))).entries.map((e) => `${e.action} ${e.targetLabel}`);
    expect(await labels({})).toEqual(["check.deleted Public API", "page.created Acme status", "check.created Website", "check.created Public API"]);
    expect(await labels({ actor: admin.id })).toEqual(["page.created Acme status", "check.created Website"]);
    expect(await labels({ type: "check" })).toEqual(["check.deleted Public API", "check.created Website", "check.created Public API"]);
    expect(await labels({ action: "check.created" })).toEqual(["check.created Website", "check.created Public API"]);
    expect(await labels({ q: "public" })).toEqual(["check.deleted Public API", "check.created Public API"]);
    expect(await labels({ q: "%" })).toEqual([]);
    const { entries } = await listAuditEntries(owner, filter());
    const [from, to] = [entries.at(-1)!, entries[0]!].map((e) => e.createdAt.toISOString().slice(0, 10));
    expect(await labels({ from: from!, to: to! })).toHaveLength(4);
    expect(await labels({ to: "2001-01-01" })).toEqual([]);
  });

  it("links a target while it exists, and stops linking once it is deleted", async () => {
    const owner = await createOwnerCtx();
    const kept = await createCheck(owner, httpCheck("Kept"));
    const gone = await createCheck(owner, httpCheck("Gone"));
    await deleteCheck(owner, gone);
    const { entries } = await listAuditEntries(owner, filter({ action: "check.created" }));
    expect(entries.map((e) => [e.targetLabel, e.targetRef])).toEqual([
      ["Gone", null],
      ["Kept", kept],
    ]);
  });

  it("links a member of several workspaces, and never a record of another workspace", async () => {
    const owner = await createOwnerCtx();
    const other = await createOwnerCtx();
    const theirCheck = await createCheck(other, httpCheck("Theirs"));
    await db.insert(workspaceMembers).values({ workspaceId: owner.workspaceId, userId: other.userId, role: "viewer" });
    await db.transaction(async (tx) => {
      await recordAudit(tx, owner, { action: "member.joined", target: { type: "member", id: other.userId, label: other.email } });
      await recordAudit(tx, owner, { action: "check.updated", target: { type: "check", id: theirCheck, label: "Theirs" } });
    });
    const { entries } = await listAuditEntries(owner, filter());
    expect(entries.map((e) => [e.action, e.targetRef])).toEqual([
      ["check.updated", null],
      ["member.joined", "members"],
    ]);
  });

  it("pages through the log with a cursor, without gaps or repeats", async () => {
    const owner = await createOwnerCtx();
    for (let i = 0; i < 7; i++) await createCheck(owner, httpCheck(`Check ${i}`));
    const seen: string[] = [];
    let cursor: number | null = null;
    for (let page = 0; page < 10; page++) {
      const result: Awaited<ReturnType<typeof listAuditEntries>> = await listAuditEntries(owner, filter(cursor ? { cursor: String(cursor) } : {}), 3);
      seen.push(...result.entries.map((e) => e.targetLabel!));
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(["Check 6", "Check 5", "Check 4", "Check 3", "Check 2", "Check 1", "Check 0"]);
  });
});

describe("the filter's query string", () => {
  it("names the field of a bad value", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ actor: "nobody" }, "actor"],
      [{ type: "planet" }, "type"],
      [{ action: "check.exploded" }, "action"],
      [{ from: "yesterday" }, "from"],
      [{ from: "2026-02-10", to: "2026-02-01" }, "to"],
      [{ q: ["a", "b"] }, "q"],
      [{ cursor: "-3" }, "cursor"],
      [{ cursor: "abc" }, "cursor"],
    ];
    for (const [query, field] of cases) {
      const parsed = auditFilter.safeParse(query);
      expect(parsed.success, JSON.stringify(query)).toBe(false);
      expect(parsed.error!.issues[0]!.path).toEqual([field]);
      expect(parsed.error!.issues[0]!.message).not.toMatch(/^(Invalid|Too small|Expected)/);
    }
    expect(auditFilter.parse({ actor: "", type: "", q: "" })).toEqual({});
  });
});

describe("retention", () => {
  it("deletes entries older than the retention and keeps the rest", async () => {
    const owner = await createOwnerCtx();
    const now = Date.now();
    const rows = await db
      .insert(auditLog)
      .values(
        [401, 399, 0].map((daysAgo) => ({
          workspaceId: owner.workspaceId,
          actorType: "system" as const,
          actorLabel: "Pingpage",
          action: "check.created",
          targetType: "check",
          targetLabel: `${daysAgo} days ago`,
          createdAt: new Date(now - daysAgo * DAY),
        })),
      )
      .returning({ id: auditLog.id });
    expect(await pruneAuditLog({ keepDays: 400, now: new Date(now) })).toBeGreaterThanOrEqual(1);
    const left = await db
      .select({ label: auditLog.targetLabel })
      .from(auditLog)
      .where(inArray(auditLog.id, rows.map((r) => r.id)));
    expect(left.map((r) => r.label).sort()).toEqual(["0 days ago", "399 days ago"]);
  });
});
