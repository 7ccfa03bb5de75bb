import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { CheckResult } from "@/lib/checks/types";
import { db } from "@/lib/db";
import type { JobName } from "@/lib/jobs/registry";
import { ValidationError } from "@/lib/errors";
import { checkInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import { getCheck } from "@/lib/services/checks/read";
import { recordCheckRun } from "@/lib/services/checks/record-run";
import { setCheckPaused, updateCheck } from "@/lib/services/checks/update";
import { evaluateCompositeCheck } from "@/lib/services/composites/evaluate";
import type { Ctx } from "@/lib/services/context";
import { createOwnerCtx } from "../support/factories";
import { runReactions } from "../support/reactions";

const ok: CheckResult = { ok: true, latencyMs: 20 };
const failed: CheckResult = { ok: false, latencyMs: 5, errorClass: "refused", error: "connection refused" };
const meta = () => ({ region: "eu", scheduledAt: new Date(), startedAt: new Date() });

const member = (ctx: Ctx, name: string) =>
  createCheck(ctx, checkInput.parse({ name, failureThreshold: 1, config: { type: "tcp", host: "db.example.com", port: 5432 } }));
const composite = (ctx: Ctx, checkIds: string[]) =>
  createCheck(ctx, checkInput.parse({ name: "Checkout", failureThreshold: 1, config: { type: "composite", checkIds } }));

async function queuedEvaluation(compositeId: string): Promise<boolean> {
  const result = await db.execute(sql`select 1 from graphile_worker.jobs where key = ${`composite:${compositeId}`} and task_identifier = ${"composite__evaluate" satisfies JobName}`);
  return result.rows.length === 1;
}

async function followJobs(memberId: string): Promise<number> {
  const result = await db.execute(sql`
    select 1 from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
    where t.identifier = ${"composites__follow_member" satisfies JobName} and j.payload->>'checkId' = ${memberId}`);
  return result.rows.length;
}

describe("composite checks", () => {
  it("waits for its members' first results, then is up only while every member is up", async () => {
    const ctx = await createOwnerCtx();
    const api = await member(ctx, "API");
    const database = await member(ctx, "Database");
    const id = await composite(ctx, [api, database]);

    expect(await evaluateCompositeCheck(id)).toBeNull();
    expect((await getCheck(ctx, id)).status).toBe("pending");

    await recordCheckRun(api, ok, meta());
    await recordCheckRun(database, ok, meta());
    expect(await evaluateCompositeCheck(id)).toMatchObject({ status: "up", changed: true });

    await recordCheckRun(database, failed, meta());
    expect((await getCheck(ctx, database)).status).toBe("down");
    expect(await evaluateCompositeCheck(id)).toMatchObject({ status: "down", changed: true });
    expect((await getCheck(ctx, id)).lastError).toBe("1 of 2 checks not up: Database");

    await recordCheckRun(database, ok, meta());
    expect(await evaluateCompositeCheck(id)).toMatchObject({ status: "up", changed: true });
  });

  it("follows a member's change at once through the member's event, not a trigger", async () => {
    const ctx = await createOwnerCtx();
    const api = await member(ctx, "API");
    const id = await composite(ctx, [api]);
    await db.execute(sql`select graphile_worker.remove_job(${`composite:${id}`})`);

    await recordCheckRun(api, ok, meta());
    expect(await followJobs(api)).toBe(1);
    expect(await queuedEvaluation(id)).toBe(false);
    await runReactions(api);
    expect((await getCheck(ctx, id)).status).toBe("up");

    await recordCheckRun(api, failed, meta());
    await runReactions(api);
    expect((await getCheck(ctx, id)).status).toBe("down");
    expect((await getCheck(ctx, id)).lastError).toBe("1 of 1 checks not up: API");
  });

  it("leaves paused members out", async () => {
    const ctx = await createOwnerCtx();
    const api = await member(ctx, "API");
    const legacy = await member(ctx, "Legacy");
    const id = await composite(ctx, [api, legacy]);
    await recordCheckRun(api, ok, meta());
    await recordCheckRun(legacy, failed, meta());
    expect(await evaluateCompositeCheck(id)).toMatchObject({ status: "down" });
    await setCheckPaused(ctx, legacy, true);
    expect(await evaluateCompositeCheck(id)).toMatchObject({ status: "up" });
  });

  it("refuses members from another workspace and itself, naming the field", async () => {
    const ctx = await createOwnerCtx();
    const other = await createOwnerCtx();
    const foreign = await member(other, "Theirs");
    await expect(composite(ctx, [foreign])).rejects.toBeInstanceOf(ValidationError);
    await expect(composite(ctx, [foreign])).rejects.toMatchObject({ fieldErrors: { "config.checkIds": ["Pick checks from this workspace"] } });

    const mine = await member(ctx, "Mine");
    const id = await composite(ctx, [mine]);
    const selfRef = checkInput.parse({ name: "Checkout", config: { type: "composite", checkIds: [mine, id] } });
    await expect(updateCheck(ctx, id, selfRef)).rejects.toMatchObject({ fieldErrors: { "config.checkIds": ["A composite check cannot include itself"] } });
  });
});
