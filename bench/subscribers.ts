import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { pages, pageSubscribers, users, workspaceMembers, workspaces } from "@/db/schema";
import { sealSecret } from "@/lib/crypto/secret-box";
import { closeDb, db } from "@/lib/db";
import { databaseUrl } from "@/lib/env";
import { incidentInput } from "@/lib/schemas/incident";
import { userCtx } from "@/lib/services/context";
import { createIncident } from "@/lib/services/incidents/write";
import { removeDispatch } from "@/lib/services/scheduler/dispatch";
import { newManageToken, subscriberTargetHash } from "@/lib/services/subscribers/tokens";
import { startSmtpSink } from "@/tests/support/smtp-sink";
import { startWorker, stopWorker, uniqueRegion, type WorkerProcess } from "@/tests/support/workers";

/**
 * Subscriber fan-out: 10,000 confirmed e-mail subscribers (a local SMTP sink) and 500 webhook
 * subscribers (a local receiver), one incident, two real workers. Prints one JSON line: seconds
 * until the last delivery, peak worker RSS, duplicates and losses; then the same with one worker
 * SIGKILLed half-way (a message caught mid-send is never resent: counted as lost, with its reason).
 * Usage: DATABASE_URL=… PINGPAGE_SECRET_KEY=… npm run bench:subscribers (the workers need the same key)
 */
const EMAILS = 10_000;
const WEBHOOKS = 500;
const TOTAL = EMAILS + WEBHOOKS;

const peakRssMb = (pid: number) => {
  try {
    const kb = Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmHWM:\s+(\d+)/)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
};

async function seed(hookBase: string) {
  const [user] = await db.insert(users).values({ email: `bench-${randomUUID()}@example.test`, name: "Bench", emailVerifiedAt: new Date() }).returning();
  const [workspace] = await db.insert(workspaces).values({ name: "Bench subscribers" }).returning();
  await db.insert(workspaceMembers).values({ workspaceId: workspace!.id, userId: user!.id, role: "owner" });
  const [page] = await db.insert(pages).values({ workspaceId: workspace!.id, name: "Bench", slug: `bench-${randomUUID().slice(0, 8)}` }).returning();
  const rows = [
    ...Array.from({ length: EMAILS }, (_, i) => ({ channel: "email" as const, email: `s${i}-${page!.id.slice(0, 8)}@bench.test`, urlSealed: null })),
    ...Array.from({ length: WEBHOOKS }, (_, i) => ({ channel: "webhook" as const, email: null, urlSealed: `${hookBase}/${i}` })),
  ];
  for (let i = 0; i < rows.length; i += 1_000) {
    await db.insert(pageSubscribers).values(
      rows.slice(i, i + 1_000).map((row) => {
        const { token: _token, ...manage } = newManageToken();
        const target = row.email ?? row.urlSealed!;
        return { pageId: page!.id, channel: row.channel, email: row.email, urlSealed: row.urlSealed ? sealSecret(row.urlSealed) : null, targetHash: subscriberTargetHash(row.channel, target), ...manage, confirmedAt: new Date(), source: "import" as const };
      }),
    );
  }
  return { ctx: userCtx(user!.id, workspace!.id, "owner"), pageId: page!.id, workspaceId: workspace!.id, userId: user!.id };
}

async function main() {
  const sink = await startSmtpSink();
  const hooks: string[] = [];
  const receiver = createServer((req, res) => {
    hooks.push(req.url ?? "");
    req.resume();
    req.on("end", () => res.end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const hookBase = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const region = uniqueRegion("bench-subscribers");
  const env = { SMTP_URL: `smtp://127.0.0.1:${sink.port}`, WORKER_LIVENESS_SECONDS: "3" };
  const workers: WorkerProcess[] = await Promise.all([startWorker(databaseUrl(), region, env), startWorker(databaseUrl(), region, env)]);
  const seeded = await seed(hookBase);
  const mine = (to: string) => to.endsWith("@bench.test") && to.includes(seeded.pageId.slice(0, 8));
  const received = () => {
    const counts = new Map<string, number>();
    for (const mail of sink.received) for (const to of mail.envelopeTo) if (mine(to)) counts.set(to, (counts.get(to) ?? 0) + 1);
    for (const hook of hooks) counts.set(hook, (counts.get(hook) ?? 0) + 1);
    return counts;
  };

  async function round(kill: boolean) {
    sink.received.length = 0;
    hooks.length = 0;
    const started = performance.now();
    await createIncident(seeded.ctx, seeded.pageId, incidentInput.parse({ title: "Bench outage", status: "investigating", impact: "major", message: "Fan-out", publish: "on" }));
    let killed = false;
    const deadline = Date.now() + 180_000;
    let last = started;
    let seen = 0;
    for (;;) {
      const counts = received();
      if (counts.size > seen) [seen, last] = [counts.size, performance.now()];
      if (kill && !killed && counts.size >= TOTAL / 2) {
        workers[0]!.child.kill("SIGKILL");
        killed = true;
      }
      const open = await db.execute(sql`
        select count(*)::int as n from subscriber_deliveries d join subscriber_messages m on m.id = d.message_id
        where m.page_id = ${seeded.pageId} and d.status in ('pending', 'sending')`);
      const made = await db.execute(sql`select count(*)::int as n from subscriber_messages where page_id = ${seeded.pageId}`);
      const expectedMessages = kill ? 2 : 1;
      if (Number(made.rows[0]!.n) >= expectedMessages && Number(open.rows[0]!.n) === 0 && counts.size > 0) break;
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const counts = received();
    const values = [...counts.values()];
    return {
      seconds: Math.round((last - started) / 10) / 100,
      delivered: counts.size,
      duplicates: values.filter((n) => n > 1).length,
      lost: TOTAL - counts.size,
      peakWorkerRssMb: Math.max(...workers.map((w) => peakRssMb(w.pid))),
    };
  }

  try {
    const normal = await round(false);
    const killed = await round(true);
    const interrupted = await db.execute(sql`
      select count(*)::int as n from subscriber_deliveries d join subscriber_messages m on m.id = d.message_id
      where m.page_id = ${seeded.pageId} and d.error like 'Interrupted%'`);
    console.log(JSON.stringify({ bench: "subscribers", subscribers: TOTAL, workers: 2, normal, killed: { ...killed, interruptedMidSend: Number(interrupted.rows[0]!.n) } }));
  } finally {
    await Promise.all(workers.map((w) => (w.child.exitCode === null ? stopWorker(w) : undefined)));
    await removeDispatch(region);
    await db.delete(workspaces).where(eq(workspaces.id, seeded.workspaceId));
    await db.delete(users).where(eq(users.id, seeded.userId));
    await sink.close();
    receiver.close();
    await closeDb();
  }
}

void main();
