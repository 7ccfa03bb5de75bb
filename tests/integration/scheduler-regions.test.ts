import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { outages } from "@/db/schema";
import { startHttpTarget, type Target } from "@/lib/checks/testing/http-target";
import { db } from "@/lib/db";
import { checkInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import { getCheck } from "@/lib/services/checks/read";
import type { Ctx } from "@/lib/services/context";
import { removeDispatch } from "@/lib/services/scheduler/dispatch";
import { createOwnerCtx } from "../support/factories";
import { startWorker, stopWorker, uniqueRegion, type WorkerProcess } from "../support/workers";

// These checks probe local test servers: the instance allows private targets, as a self-hoster's would.
const privateTargets = vi.hoisted(() => ({ allowed: true }));
vi.mock("@/lib/services/instance/settings", async (original) => ({
  ...(await original<typeof import("@/lib/services/instance/settings")>()),
  allowPrivateTargets: async () => privateTargets.allowed,
}));

const label = uniqueRegion("quorum");
const europe = `${label}-eu`;
const america = `${label}-us`;
let status = 200;
let target: Target;
let ctx: Ctx;
const workers = new Map<string, WorkerProcess>();

async function regionsThatRan(checkId: string, since = 0) {
  const result = await db.execute<{ region: string; n: string }>(sql`
    select region, count(*) as n from check_runs
    where check_id = ${checkId} and started_at > ${new Date(since).toISOString()}::timestamptz group by region`);
  return Object.fromEntries(result.rows.map((row) => [row.region, Number(row.n)]));
}

beforeAll(async () => {
  target = await startHttpTarget((_req, res) => {
    res.statusCode = status;
    res.end();
  });
  const url = inject("databaseUrl");
  const [eu, us] = await Promise.all([startWorker(url, europe), startWorker(url, america)]);
  workers.set(europe, eu!).set(america, us!);
  ctx = await createOwnerCtx();
}, 90_000);

afterAll(async () => {
  await Promise.all([...workers.values()].map(stopWorker));
  await Promise.all([europe, america].map(removeDispatch));
  await target?.close();
});

describe("regions, with two worker processes labelled differently", () => {
  it("runs a pinned check in each of its regions and needs the quorum of them to call it down", async () => {
    const both = await createCheck(
      ctx,
      checkInput.parse({
        name: "Both regions",
        intervalSeconds: 10,
        failureThreshold: 1,
        regions: [europe, america],
        quorum: 2,
        config: { type: "http", url: target.url("/both"), method: "GET" },
      }),
    );
    const europeOnly = await createCheck(
      ctx,
      checkInput.parse({ name: "EU only", intervalSeconds: 10, regions: [europe], config: { type: "http", url: target.url("/eu"), method: "GET" } }),
    );
    await vi.waitFor(async () => {
      expect(await regionsThatRan(both)).toMatchObject({ [europe]: expect.any(Number), [america]: expect.any(Number) });
      expect((await getCheck(ctx, both)).status).toBe("up");
    }, { timeout: 20_000, interval: 250 });
    // Both regions probe the same slot of the same grid.
    const slots = await db.execute<{ regions: string[] }>(sql`
      select array_agg(region order by region) as regions from check_runs where check_id = ${both} group by scheduled_at`);
    expect(slots.rows.some((row) => row.regions.length === 2)).toBe(true);

    // The target fails while only Europe is probing: one region is not a quorum of two.
    await stopWorker(workers.get(america)!);
    status = 503;
    const failingSince = Date.now();
    await vi.waitFor(async () => {
      expect((await getCheck(ctx, both)).regionStates).toMatchObject({ [europe]: { status: "down" }, [america]: { status: "up" } });
    }, { timeout: 20_000, interval: 250 });
    expect((await getCheck(ctx, both)).status).toBe("up");
    expect(await db.select().from(outages).where(eq(outages.checkId, both))).toEqual([]);

    // America comes back, sees the failure too, and the check goes down.
    workers.set(america, await startWorker(inject("databaseUrl"), america));
    await vi.waitFor(async () => expect((await getCheck(ctx, both)).status).toBe("down"), { timeout: 25_000, interval: 250 });
    const [outage] = await db.select().from(outages).where(eq(outages.checkId, both));
    expect(outage?.cause).toContain(`down in ${europe}, ${america}`);

    const europeOnlyRuns = await regionsThatRan(europeOnly);
    expect(Object.keys(europeOnlyRuns)).toEqual([europe]);
    expect(Object.keys(await regionsThatRan(both, failingSince))).toContain(america);
  }, 90_000);
});
