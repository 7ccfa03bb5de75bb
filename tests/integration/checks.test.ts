import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { Client } from "pg";
import { describe, expect, inject, it } from "vitest";
import { checkSchedules, checks } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError, ForbiddenError } from "@/lib/errors";
import { checkInput, type CheckInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import { deleteCheck } from "@/lib/services/checks/delete";
import { checkChangedChannel } from "@/lib/services/checks/schedule";
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

/** The check's next slot per region it runs in, as workers will claim it. */
async function schedule(checkId: string) {
  return db
    .select({ region: checkSchedules.region, nextRunAt: checkSchedules.nextRunAt })
    .from(checkSchedules)
    .where(eq(checkSchedules.checkId, checkId))
    .orderBy(checkSchedules.region);
}

const dueNow = (rows: { nextRunAt: Date }[]) => rows.every((row) => Math.abs(row.nextRunAt.getTime() - Date.now()) < 5_000);

describe("checks service", () => {
  it("creates a check due at once in any region, in the same transaction", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, input());
    const check = await getCheck(ctx, id);
    expect(check).toMatchObject({ name: "API", status: "pending", intervalSeconds: 30, workspaceId: ctx.workspaceId });
    const rows = await schedule(id);
    expect(rows.map((row) => row.region)).toEqual(["*"]);
    expect(dueNow(rows)).toBe(true);
  });

  it("schedules a pinned check once per region, and unpinning returns it to any region", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, input({ regions: ["us", "eu"], quorum: 2 }));
    expect((await schedule(id)).map((row) => row.region)).toEqual(["eu", "us"]);
    expect(await getCheck(ctx, id)).toMatchObject({ regions: ["us", "eu"], quorum: 2 });
    await updateCheck(ctx, id, input({ regions: ["eu"] }));
    expect((await schedule(id)).map((row) => row.region)).toEqual(["eu"]);
    await updateCheck(ctx, id, input());
    expect((await schedule(id)).map((row) => row.region)).toEqual(["*"]);
  });

  it("tells listening workers when a check is edited, paused or deleted", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, input());
    const listener = new Client({ connectionString: inject("databaseUrl") });
    await listener.connect();
    try {
      const heard: string[] = [];
      listener.on("notification", (message) => {
        if (message.channel === checkChangedChannel && message.payload === id) heard.push(message.payload);
      });
      await listener.query(`listen ${checkChangedChannel}`);
      await updateCheck(ctx, id, input({ name: "Renamed" }));
      await setCheckPaused(ctx, id, true);
      await deleteCheck(ctx, id);
      await expect.poll(() => heard.length).toBe(3);
    } finally {
      await listener.end();
    }
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

  it("pausing removes the schedule and resuming makes the check due again", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, input());
    await setCheckPaused(ctx, id, true);
    expect(await schedule(id)).toEqual([]);
    expect((await getCheck(ctx, id)).status).toBe("paused");
    await setCheckPaused(ctx, id, false);
    const rows = await schedule(id);
    expect(rows).toHaveLength(1);
    expect(dueNow(rows)).toBe(true);
  });

  it("editing reschedules the check to run now", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, input());
    await db.execute(sql`update check_schedules set next_run_at = now() + interval '1 hour' where check_id = ${id}`);
    expect(dueNow(await schedule(id))).toBe(false);
    await updateCheck(ctx, id, input({ intervalSeconds: 60 }));
    expect(dueNow(await schedule(id))).toBe(true);
    expect((await getCheck(ctx, id)).intervalSeconds).toBe(60);
  });

  it("deleting removes the check and its schedule", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, input());
    await deleteCheck(ctx, id);
    expect(await schedule(id)).toEqual([]);
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
    [{ regions: ["EU"] }, "regions.0", "lowercase letters"],
    [{ regions: ["eu"], quorum: 2 }, "quorum", "cannot exceed the number of regions"],
    [{ quorum: 0 }, "quorum", "at least 1"],
  ])("rejects %j with a message on %s", (override, field, message) => {
    const result = checkInput.safeParse({ ...base, ...override });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join(".") === field);
    expect(issue?.message).toContain(message);
  });
});
