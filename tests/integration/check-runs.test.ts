import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkRuns, outages } from "@/db/schema";
import { db } from "@/lib/db";
import type { CheckResult } from "@/lib/checks/types";
import { checkInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import { getCheck } from "@/lib/services/checks/read";
import { recordCheckRun } from "@/lib/services/checks/record-run";
import { setCheckPaused } from "@/lib/services/checks/update";
import { createOwnerCtx } from "../support/factories";

const ok: CheckResult = { ok: true, latencyMs: 42, statusCode: 200 };
const failed: CheckResult = { ok: false, latencyMs: 12, statusCode: 500, errorClass: "assertion", error: "status 500, expected 200-299" };

async function newCheck() {
  const ctx = await createOwnerCtx();
  const id = await createCheck(
    ctx,
    checkInput.parse({ name: "API", intervalSeconds: 30, config: { type: "http", url: "https://example.com", method: "GET" } }),
  );
  return { ctx, id };
}

let clock = Date.parse("2026-01-01T00:00:00Z");
const at = () => {
  clock += 30_000;
  return { region: "eu", scheduledAt: new Date(clock), startedAt: new Date(clock + 3) };
};

describe("recording check runs", () => {
  it("stores each run and goes down only after two failures, opening one outage with its cause", async () => {
    const { ctx, id } = await newCheck();
    await recordCheckRun(id, ok, at());
    expect((await getCheck(ctx, id)).status).toBe("up");

    expect(await recordCheckRun(id, failed, at())).toMatchObject({ status: "up", changed: false });
    expect(await recordCheckRun(id, failed, at())).toMatchObject({ status: "down", changed: true });
    const check = await getCheck(ctx, id);
    expect(check).toMatchObject({ status: "down", lastError: "status 500, expected 200-299", consecutiveFailures: 2 });

    const open = await db.select().from(outages).where(eq(outages.checkId, id));
    expect(open).toEqual([expect.objectContaining({ status: "down", endedAt: null, cause: "status 500, expected 200-299" })]);

    await recordCheckRun(id, ok, at());
    const closed = await db.select().from(outages).where(eq(outages.checkId, id));
    expect(closed[0]?.endedAt).toBeInstanceOf(Date);
    expect((await getCheck(ctx, id)).status).toBe("up");

    const runs = await db.select().from(checkRuns).where(eq(checkRuns.checkId, id)).orderBy(asc(checkRuns.startedAt));
    expect(runs.map((r) => r.ok)).toEqual([true, false, false, true]);
    expect(runs[1]).toMatchObject({ statusCode: 500, errorClass: "assertion", region: "eu" });
  });

  it("ignores a run that finishes after the check was paused", async () => {
    const { ctx, id } = await newCheck();
    await setCheckPaused(ctx, id, true);
    expect(await recordCheckRun(id, failed, at())).toBeNull();
    expect(await db.select().from(checkRuns).where(eq(checkRuns.checkId, id))).toHaveLength(0);
  });
});

describe("recording runs of a check pinned to regions", () => {
  it("calls the check down only once its quorum of regions agrees, and names them in the outage", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(
      ctx,
      checkInput.parse({
        name: "Pinned",
        intervalSeconds: 30,
        failureThreshold: 1,
        regions: ["eu", "us"],
        quorum: 2,
        config: { type: "http", url: "https://example.com", method: "GET" },
      }),
    );
    const t = Date.parse("2026-02-01T00:00:00Z");
    const meta = (region: string, offset: number) => ({ region, scheduledAt: new Date(t + offset), startedAt: new Date(t + offset + 2) });
    await recordCheckRun(id, ok, meta("eu", 0));
    await recordCheckRun(id, ok, meta("us", 0));
    expect((await getCheck(ctx, id)).status).toBe("up");

    expect(await recordCheckRun(id, failed, meta("eu", 30_000))).toMatchObject({ status: "up", changed: false });
    expect(await recordCheckRun(id, failed, meta("us", 30_000))).toMatchObject({ status: "down", changed: true });
    const [outage] = await db.select().from(outages).where(eq(outages.checkId, id));
    expect(outage).toMatchObject({ status: "down", cause: "status 500, expected 200-299 (down in eu, us)" });
    expect((await getCheck(ctx, id)).regionStates).toMatchObject({ eu: { status: "down" }, us: { status: "down" } });
  });
});
