import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/heartbeat/[token]/route";
import { checkRuns, checks, outages } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { checkInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import { getCheck, listChecks } from "@/lib/services/checks/read";
import { setCheckPaused } from "@/lib/services/checks/update";
import type { Ctx } from "@/lib/services/context";
import { evaluateOverdueHeartbeats } from "@/lib/services/heartbeats/evaluate";
import { createOwnerCtx } from "../support/factories";

async function newHeartbeat(ctx: Ctx, failureThreshold = 1) {
  const id = await createCheck(
    ctx,
    checkInput.parse({ name: "Nightly backup", failureThreshold, config: { type: "heartbeat", periodSeconds: 60, graceSeconds: 30 } }),
  );
  const check = await getCheck(ctx, id);
  return { id, token: check.heartbeatToken!, activeSince: check.activeSince };
}

function call(handler: typeof GET, token: string) {
  return handler(new Request(`http://localhost/api/heartbeat/${token}`, { method: handler === POST ? "POST" : "GET" }), {
    params: Promise.resolve({ token }),
  });
}

const runsOf = (id: string) => db.select().from(checkRuns).where(eq(checkRuns.checkId, id)).orderBy(asc(checkRuns.startedAt));
const after = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);

describe("heartbeat checks", () => {
  it("gets a secret 32-character token on create, and a ping by GET or POST marks it up", async () => {
    const ctx = await createOwnerCtx();
    const { id, token } = await newHeartbeat(ctx);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await getCheck(ctx, id)).status).toBe("pending");

    const response = await call(GET, token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, outcome: "recorded" });
    const check = await getCheck(ctx, id);
    expect(check.status).toBe("up");
    expect(check.lastPingAt).toBeInstanceOf(Date);
    expect(await runsOf(id)).toEqual([expect.objectContaining({ ok: true, region: "push" })]);

    // A second call within a second is refused rather than recorded; a POST later is fine.
    expect((await call(POST, token)).status).toBe(429);
    await db.update(checks).set({ lastPingAt: new Date(Date.now() - 5_000) }).where(eq(checks.id, id));
    expect((await call(POST, token)).status).toBe(200);
    expect(await runsOf(id)).toHaveLength(2);
  });

  it("answers an unknown or malformed token with the same bare 404", async () => {
    for (const token of ["A".repeat(32), "short", "../../etc/passwd"]) {
      const response = await call(GET, token);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ type: "about:blank", title: "Heartbeat not found", status: 404, code: "not_found" });
    }
  });

  it("stays up while pings come within period plus grace, and goes down with an outage once one is late", async () => {
    const ctx = await createOwnerCtx();
    const { id, token } = await newHeartbeat(ctx);
    await call(GET, token);
    const pingedAt = (await getCheck(ctx, id)).lastPingAt!;

    await evaluateOverdueHeartbeats(after(pingedAt, 89));
    expect(await runsOf(id)).toHaveLength(1);
    expect((await getCheck(ctx, id)).status).toBe("up");

    await evaluateOverdueHeartbeats(after(pingedAt, 91));
    const check = await getCheck(ctx, id);
    expect(check.status).toBe("down");
    expect(check.lastError).toContain("expected every 60 s with 30 s grace");
    const [outage] = await db.select().from(outages).where(eq(outages.checkId, id));
    expect(outage).toMatchObject({ status: "down", endedAt: null });

    // One miss per period of silence, not one per evaluation.
    await evaluateOverdueHeartbeats(after(pingedAt, 120));
    expect((await runsOf(id)).map((r) => r.ok)).toEqual([true, false]);
    await evaluateOverdueHeartbeats(after(pingedAt, 152));
    expect((await runsOf(id)).map((r) => r.ok)).toEqual([true, false, false]);
    // Each miss stands for one expected call: the deadline, then a period later.
    const misses = (await runsOf(id)).filter((run) => !run.ok);
    expect(misses.map((run) => run.scheduledAt!.getTime() - pingedAt.getTime())).toEqual([90_000, 150_000]);

    // The job calls again (past the one-ping-per-second limit): up, and the outage closes.
    await db.update(checks).set({ lastPingAt: new Date(Date.now() - 5_000) }).where(eq(checks.id, id));
    expect((await call(GET, token)).status).toBe(200);
    expect((await getCheck(ctx, id)).status).toBe("up");
    expect((await db.select().from(outages).where(eq(outages.checkId, id)))[0]?.endedAt).toBeInstanceOf(Date);
  });

  it("counts the first deadline from creation when no ping ever came", async () => {
    const ctx = await createOwnerCtx();
    const { id, activeSince } = await newHeartbeat(ctx);
    await evaluateOverdueHeartbeats(after(activeSince, 80));
    expect(await runsOf(id)).toHaveLength(0);
    await evaluateOverdueHeartbeats(after(activeSince, 95));
    expect((await getCheck(ctx, id)).lastError).toContain("no ping received yet");
  });

  it("records nothing while paused and counts afresh from the moment it is resumed", async () => {
    const ctx = await createOwnerCtx();
    const { id, token } = await newHeartbeat(ctx);
    await setCheckPaused(ctx, id, true);
    const response = await call(GET, token);
    expect(await response.json()).toEqual({ ok: true, outcome: "paused" });
    expect(await runsOf(id)).toHaveLength(0);

    await setCheckPaused(ctx, id, false);
    const resumedAt = (await getCheck(ctx, id)).activeSince;
    await evaluateOverdueHeartbeats(after(resumedAt, 85));
    expect(await runsOf(id)).toHaveLength(0);
  });

  it("is invisible to another workspace", async () => {
    const owner = await createOwnerCtx();
    const intruder = await createOwnerCtx();
    const { id } = await newHeartbeat(owner);
    await expect(getCheck(intruder, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listChecks(intruder)).map((c) => c.id)).not.toContain(id);
  });
});
