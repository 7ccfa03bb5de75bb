import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { checkRuns } from "@/db/schema";
import { startHttpTarget, type Target } from "@/lib/checks/testing/http-target";
import { db } from "@/lib/db";
import { checkInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import { removeDispatch } from "@/lib/services/scheduler/dispatch";
import { createOwnerCtx } from "../support/factories";
import { startWorker, stopWorker, uniqueRegion, type WorkerProcess } from "../support/workers";

// These checks probe local test servers: the instance allows private targets, as a self-hoster's would.
const privateTargets = vi.hoisted(() => ({ allowed: true }));
vi.mock("@/lib/services/instance/settings", async (original) => ({
  ...(await original<typeof import("@/lib/services/instance/settings")>()),
  allowPrivateTargets: async () => privateTargets.allowed,
}));

const region = uniqueRegion("secrets");
let target: Target;
let worker: WorkerProcess;

beforeAll(async () => {
  // 200 only with both credentials, 401 otherwise: the probe must send the opened values.
  target = await startHttpTarget((req, res) => {
    const ok = req.headers.authorization === "Bearer opened-token" && req.headers["x-api-key"] === "opened-key";
    res.statusCode = ok ? 200 : 401;
    res.end(ok ? "ok" : "unauthorized");
  });
  worker = await startWorker(inject("databaseUrl"), region);
}, 90_000);

afterAll(async () => {
  if (worker) await stopWorker(worker);
  await removeDispatch(region);
  await target?.close();
});

describe("a worker probing a check with sealed credentials", () => {
  it("opens them just before the request", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(
      ctx,
      checkInput.parse({
        name: "Private API",
        intervalSeconds: 10,
        regions: [region],
        config: {
          type: "http",
          url: target.url("/private"),
          headers: [{ name: "X-Api-Key", value: "opened-key" }],
          auth: { type: "bearer", token: "opened-token" },
        },
      }),
    );
    const lastStatus = async () => {
      const [run] = await db.select({ statusCode: checkRuns.statusCode }).from(checkRuns).where(eq(checkRuns.checkId, id)).orderBy(desc(checkRuns.startedAt)).limit(1);
      return run?.statusCode ?? null;
    };
    await expect.poll(lastStatus, { timeout: 15_000, interval: 250 }).toBe(200);
  });
});
