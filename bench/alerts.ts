import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Alerts end to end: real worker processes, a local webhook receiver that answers 30 % of requests
 * with 500, and two figures. Latency: from the run that confirms a check down to the receiver
 * accepting the alert (p50/p99 over --samples workspaces, retries included). Storm: --storm checks
 * go down within a second; each channel's message count, and the checks lost or named twice.
 * No background load of other checks (see the closing note). Prints one JSON line.
 * Usage: DATABASE_URL=postgres://… npm run bench:alerts -- [--samples 20] [--storm 1000] [--workers 2]
 */
process.env.PINGPAGE_SECRET_KEY ??= randomBytes(32).toString("base64");
process.env.ALLOW_PRIVATE_TARGETS = "true";

type Accepted = { path: string; webhookId: string; at: number; workspaceId: string; checkIds: string[] };

async function main() {
  const { parseArgs } = await import("node:util");
  const { z } = await import("zod");
  const args = z
    .object({
      samples: z.coerce.number().int().min(1).max(500).default(20),
      storm: z.coerce.number().int().min(1).max(10_000).default(1000),
      workers: z.coerce.number().int().min(1).max(8).default(2),
    })
    .parse(parseArgs({ options: { samples: { type: "string" }, storm: { type: "string" }, workers: { type: "string" } } }).values);
  const { databaseUrl } = await import("@/lib/env");
  const { migrateDatabase } = await import("@/db/migrate");
  const { db, pool } = await import("@/lib/db");
  const { alertChannels } = await import("@/db/schema");
  const { sealSecret } = await import("@/lib/crypto/secret-box");
  const { createOwnerCtx } = await import("@/tests/support/factories");
  const { createChecks, createPolicy, takeDown } = await import("@/tests/support/alerts");
  const { startWorker, stopWorker, uniqueRegion } = await import("@/tests/support/workers");
  const { removeDispatch } = await import("@/lib/services/scheduler/dispatch");

  const url = databaseUrl();
  await migrateDatabase(url);
  const accepted: Accepted[] = [];
  const arrivals = new Map<string, number>();
  let requests = 0;
  const server = createServer(async (request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    requests += 1;
    const webhookId = String(request.headers["webhook-id"] ?? "");
    if (!arrivals.has(webhookId)) arrivals.set(webhookId, Date.now());
    if (Math.random() < 0.3) return void response.writeHead(500).end("try again");
    // The Standard Webhooks envelope (docs/webhooks.md): the AlertMessage is its `data`.
    const body = (JSON.parse(Buffer.concat(chunks).toString()) as { data: { workspace: { id: string }; checks: { id: string }[] } }).data;
    accepted.push({ path: request.url ?? "/", webhookId, at: Date.now(), workspaceId: body.workspace.id, checkIds: body.checks.map((c) => c.id) });
    response.writeHead(200).end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function webhook(workspaceId: string, path: string) {
    const secrets = sealSecret(JSON.stringify({ signingSecret: `whsec_${randomBytes(24).toString("base64")}` }));
    const [channel] = await db.insert(alertChannels).values({ workspaceId, type: "webhook", name: path, config: { url: `${base}${path}`, headers: [] }, secrets }).returning();
    return channel!;
  }
  async function until(condition: () => boolean, timeoutMs: number) {
    const deadline = Date.now() + timeoutMs;
    while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return condition();
  }

  const region = uniqueRegion("bench-alerts");
  const workers = await Promise.all(Array.from({ length: args.workers }, () => startWorker(url, region)));
  try {
    const latencies: number[] = [];
    const firstTry: number[] = [];
    for (let sample = 0; sample < args.samples; sample += 1) {
      const ctx = await createOwnerCtx();
      const channel = await webhook(ctx.workspaceId, `/latency/${sample}`);
      await createPolicy(ctx.workspaceId, { channelIds: [channel.id], events: ["down"] });
      const [check] = await createChecks(ctx.workspaceId, 1);
      const confirmedAt = Date.now();
      await takeDown([check!.id]);
      const mine = () => accepted.find((a) => a.workspaceId === ctx.workspaceId);
      if (await until(() => !!mine(), 60_000)) {
        latencies.push(mine()!.at - confirmedAt);
        firstTry.push((arrivals.get(mine()!.webhookId) ?? mine()!.at) - confirmedAt);
      }
    }

    const ctx = await createOwnerCtx();
    const channels = [await webhook(ctx.workspaceId, "/storm/a"), await webhook(ctx.workspaceId, "/storm/b")];
    await createPolicy(ctx.workspaceId, { channelIds: channels.map((c) => c.id), events: ["down"] });
    const checks = await createChecks(ctx.workspaceId, args.storm, "Storm");
    const stormStart = Date.now();
    for (let i = 0; i < checks.length; i += 100) await takeDown(checks.slice(i, i + 100).map((c) => c.id));
    const downWithinMs = Date.now() - stormStart;
    const onChannel = (path: string) => accepted.filter((a) => a.workspaceId === ctx.workspaceId && a.path === path);
    const named = (path: string) => new Set(onChannel(path).flatMap((a) => a.checkIds));
    await until(() => ["/storm/a", "/storm/b"].every((p) => named(p).size === checks.length), 120_000);
    const storm = ["/storm/a", "/storm/b"].map((path) => {
      const messages = onChannel(path);
      const mentions = messages.flatMap((a) => a.checkIds);
      return {
        channel: path,
        messages: messages.length,
        named: named(path).size,
        lost: checks.length - named(path).size,
        duplicateMentions: mentions.length - new Set(mentions).size,
        duplicateDeliveries: messages.length - new Set(messages.map((m) => m.webhookId)).size,
        allNamedWithinS: messages.length ? Math.round((Math.max(...messages.map((m) => m.at)) - stormStart) / 100) / 10 : null,
      };
    });
    const pct = (values: number[], p: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : null;
    };
    const report = {
      bench: "alerts",
      workers: args.workers,
      receiverFailureRate: 0.3,
      receiverRequests: requests,
      latencyMs: { samples: latencies.length, notAcceptedWithin60s: args.samples - latencies.length, p50: pct(latencies, 50), p99: pct(latencies, 99), firstTryP50: pct(firstTry, 50), firstTryP99: pct(firstTry, 99) },
      storm: { checks: checks.length, downWithinMs, channels: storm },
      background: "none: no other checks were running",
    };
    console.log(JSON.stringify(report));
  } finally {
    await Promise.all(workers.map((worker) => stopWorker(worker)));
    await removeDispatch(region);
    server.close();
    await pool().end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
