import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { subscriberDeliveries, subscriberMessages } from "@/db/schema";
import { db } from "@/lib/db";
import { incidentInput } from "@/lib/schemas/incident";
import { createIncident } from "@/lib/services/incidents/write";
import { removeDispatch } from "@/lib/services/scheduler/dispatch";
import { INTERRUPTED } from "@/lib/services/subscribers/deliver";
import { uniqueEmail } from "../support/factories";
import { startSmtpSink } from "../support/smtp-sink";
import { createPageFixture } from "../support/status-page";
import { insertConfirmedSubscribers } from "../support/subscribers";
import { startWorker, stopWorker, uniqueRegion, type WorkerProcess } from "../support/workers";

const region = uniqueRegion("subscribers");
const started: WorkerProcess[] = [];
const SUBSCRIBERS = 2_000;

afterAll(async () => {
  await Promise.all(started.map((worker) => (worker.child.exitCode === null ? stopWorker(worker) : undefined)));
  await removeDispatch(region);
});

async function holderOf(messageId: string): Promise<string | null> {
  const result = await db.execute<{ locked_by: string | null }>(sql`
    select j.locked_by from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
    where t.identifier = 'subscribers__deliver' and j.payload->>'messageId' = ${messageId} and j.locked_by is not null limit 1`);
  return result.rows[0]?.locked_by ?? null;
}

async function pidOfPool(pool: string): Promise<number | null> {
  const result = await db.execute<{ pid: number }>(sql`select pid from scheduler_workers where region = ${region} and job_pool_id = ${pool}`);
  return result.rows[0]?.pid ?? null;
}

describe("a fan-out survives a worker killed half-way", () => {
  it("sends every subscriber the message at most once, and resumes the rest", async () => {
    const sink = await startSmtpSink({ delayMs: 15 });
    try {
      const url = inject("databaseUrl");
      const env = { WORKER_LIVENESS_SECONDS: "3", SMTP_URL: `smtp://127.0.0.1:${sink.port}` };
      started.push(...(await Promise.all([startWorker(url, region, env), startWorker(url, region, env)])));
      const fixture = await createPageFixture({ names: ["API"] });
      const addresses = Array.from({ length: SUBSCRIBERS }, () => uniqueEmail("fanout"));
      await insertConfirmedSubscribers(fixture.page.id, addresses);
      await createIncident(fixture.ctx, fixture.page.id, incidentInput.parse({ title: "Outage", status: "investigating", impact: "major", message: "Looking", publish: "on" }));

      const messageId = await vi.waitFor(
        async () => {
          const [message] = await db.select().from(subscriberMessages).where(eq(subscriberMessages.pageId, fixture.page.id));
          expect(message).toBeDefined();
          return message!.id;
        },
        { timeout: 30_000, interval: 100 },
      );
      // Kill a worker that holds a batch once some mail has gone out.
      const victimPool = await vi.waitFor(
        async () => {
          const pool = await holderOf(messageId);
          expect(pool).not.toBeNull();
          expect(sink.received.filter((m) => m.envelopeTo[0]?.startsWith("fanout-")).length).toBeGreaterThan(100);
          return pool!;
        },
        { timeout: 30_000, interval: 20 },
      );
      const victimPid = await pidOfPool(victimPool);
      const victim = started.find((w) => w.pid === victimPid);
      expect(victim).toBeDefined();
      const exited = new Promise((resolve) => victim!.child.once("exit", resolve));
      victim!.child.kill("SIGKILL");
      await exited;
      expect(sink.received.filter((m) => m.envelopeTo[0]?.startsWith("fanout-")).length).toBeLessThan(SUBSCRIBERS);

      await vi.waitFor(
        async () => {
          const open = await db.execute(sql`select 1 from subscriber_deliveries where message_id = ${messageId} and status in ('pending', 'sending') limit 1`);
          expect(open.rows).toHaveLength(0);
        },
        { timeout: 60_000, interval: 200 },
      );
      const rows = await db.select({ status: subscriberDeliveries.status, error: subscriberDeliveries.error }).from(subscriberDeliveries).where(eq(subscriberDeliveries.messageId, messageId));
      expect(rows).toHaveLength(SUBSCRIBERS);
      const counts = new Map<string, number>();
      // The workers also send other tests' queued mail through this sink: only this page's subscribers count.
      const ours = new Set(addresses);
      for (const mail of sink.received) for (const to of mail.envelopeTo) if (ours.has(to)) counts.set(to, (counts.get(to) ?? 0) + 1);
      // Nobody got the message twice; every row marked sent arrived; only rows caught mid-send are in doubt.
      expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
      const sent = rows.filter((r) => r.status === "sent").length;
      const interrupted = rows.filter((r) => r.status === "failed" && r.error === INTERRUPTED).length;
      expect(sent + interrupted).toBe(SUBSCRIBERS);
      expect(counts.size).toBeGreaterThanOrEqual(sent);
      expect(counts.size).toBeLessThanOrEqual(sent + interrupted);
      expect(interrupted).toBeLessThanOrEqual(80);
      console.info(`fan-out after SIGKILL: ${sent} sent, ${interrupted} interrupted, ${counts.size} received`);
    } finally {
      await sink.close();
    }
  }, 120_000);
});
