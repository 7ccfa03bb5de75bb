import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checks } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError, ForbiddenError } from "@/lib/errors";
import { checkInput, type CheckInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import { deleteCheck } from "@/lib/services/checks/delete";
import { getCheck, listChecks } from "@/lib/services/checks/read";
import { setCheckPaused, updateCheck } from "@/lib/services/checks/update";
import { createOwnerCtx } from "../support/factories";

function input(overrides: Partial<Record<string, unknown>> = {}): CheckInput {
  return checkInput.parse({
    name: "API",
    intervalSeconds: 30,
    config: { type: "http", url: "https://example.com/health", method: "GET", assertions: [{ type: "status", expected: "200-299" }] },
    ...overrides,
  });
}

async function queuedJob(checkId: string) {
  const result = await db.execute<{ run_at: Date }>(
    sql`select run_at from graphile_worker.jobs where key = ${`check:${checkId}`} and task_identifier = 'check__run'`,
  );
  return result.rows[0] ?? null;
}

describe("checks service", () => {
  it("creates a check with its first run queued in the same transaction", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, input());
    const check = await getCheck(ctx, id);
    expect(check).toMatchObject({ name: "API", status: "pending", intervalSeconds: 30, workspaceId: ctx.workspaceId });
    expect(await queuedJob(id)).not.toBeNull();
  });

  it("hides another workspace's checks: reads, edits and deletes say not found and change nothing", async () => {
    const owner = await createOwnerCtx();
    const intruder = await createOwnerCtx();
    const id = await createCheck(owner, input({ name: "Private" }));

    await expect(getCheck(intruder, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateCheck(intruder, id, input({ name: "Hijacked" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(setCheckPaused(intruder, id, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteCheck(intruder, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listChecks(intruder)).map((c) => c.id)).not.toContain(id);

    const [row] = await db.select().from(checks).where(eq(checks.id, id));
    expect(row).toMatchObject({ name: "Private", paused: false });
  });

  it("refuses writes from a viewer", async () => {
    const owner = await createOwnerCtx();
    await expect(createCheck({ ...owner, role: "viewer" }, input())).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("pausing removes the queued run and resuming queues one again", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, input());
    await setCheckPaused(ctx, id, true);
    expect(await queuedJob(id)).toBeNull();
    expect((await getCheck(ctx, id)).status).toBe("paused");
    await setCheckPaused(ctx, id, false);
    expect(await queuedJob(id)).not.toBeNull();
  });

  it("editing reschedules the check to run now", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, input());
    await db.execute(sql`update graphile_worker._private_jobs set run_at = now() + interval '1 hour' where key = ${`check:${id}`}`);
    await updateCheck(ctx, id, input({ intervalSeconds: 60 }));
    const job = await queuedJob(id);
    expect(job).not.toBeNull();
    expect(new Date(job!.run_at).getTime()).toBeLessThan(Date.now() + 5_000);
    expect((await getCheck(ctx, id)).intervalSeconds).toBe(60);
  });

  it("deleting removes the check and its queued run", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, input());
    await deleteCheck(ctx, id);
    expect(await queuedJob(id)).toBeNull();
    await expect(getCheck(ctx, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("says not found for an id that never existed", async () => {
    const ctx = await createOwnerCtx();
    await expect(getCheck(ctx, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("check input", () => {
  const base = { name: "x", intervalSeconds: 30, config: { type: "http", url: "https://example.com", method: "GET" } };

  it.each([
    [{ intervalSeconds: 5 }, "intervalSeconds", "at least 10 seconds"],
    [{ intervalSeconds: 100_000 }, "intervalSeconds", "at most 24 hours"],
    [{ config: { type: "http", url: "not a url", method: "GET" } }, "config.url", "full URL"],
    [{ config: { type: "http", url: "ftp://example.com", method: "GET" } }, "config.url", "http:// or https://"],
    [{ name: "" }, "name", "Enter a name"],
  ])("rejects %j with a message on %s", (override, field, message) => {
    const result = checkInput.safeParse({ ...base, ...override });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join(".") === field);
    expect(issue?.message).toContain(message);
  });
});
