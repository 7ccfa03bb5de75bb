import { randomUUID } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { apiTokens, users, workspaceMembers, workspaces } from "@/db/schema";
import { handleApiRequest } from "@/lib/api/handle";
import { db } from "@/lib/db";
import { newApiTokenSecret } from "@/lib/services/api-tokens/secret";
import { runCli } from "@/cli/main";

/**
 * `pingpage apply` of 1,000 checks into an empty workspace, then a no-change `plan`, through the
 * app's /api/v1 handler in this process (no HTTP hop), against DATABASE_URL. Prints one JSON line.
 * Usage: DATABASE_URL=… API_RATE_LIMIT=100000 npm run bench:apply
 */
const CHECKS = 1_000;

async function seed(): Promise<string> {
  const [user] = await db.insert(users).values({ email: `bench-${randomUUID()}@example.test`, name: "Bench" }).returning();
  const [workspace] = await db.insert(workspaces).values({ name: "Bench apply" }).returning();
  await db.insert(workspaceMembers).values({ workspaceId: workspace!.id, userId: user!.id, role: "owner" });
  const secret = newApiTokenSecret();
  await db.insert(apiTokens).values({ workspaceId: workspace!.id, name: "bench", tokenHash: secret.hash, prefix: secret.prefix, role: "owner", scopes: ["read", "write"], createdBy: user!.id });
  return secret.token;
}

async function main() {
  const token = await seed();
  const dir = await mkdtemp(path.join(tmpdir(), "pingpage-bench-"));
  const file = path.join(dir, "pingpage.yaml");
  const checks = Array.from({ length: CHECKS }, (_, i) => ({
    key: `service-${i + 1}`,
    name: `Service ${i + 1}`,
    paused: true,
    tags: [`team-${i % 10}`],
    config: { type: "http", url: `https://example.com/${i}/health` },
  }));
  await writeFile(file, stringify({ checks }));
  let requests = 0;
  const run = async (args: string[]) => {
    const started = performance.now();
    const code = await runCli(args, {
      env: { PINGPAGE_URL: "http://bench.local", PINGPAGE_TOKEN: token },
      out: () => undefined,
      err: (text) => console.error(text),
      fetch: (url, init) => (requests++, handleApiRequest(new Request(url, init))),
    });
    return { code, seconds: Math.round(performance.now() - started) / 1000 };
  };
  const apply = await run(["apply", file, "--yes"]);
  const applyRequests = requests;
  const plan = await run(["plan", file]);
  console.log(JSON.stringify({ checks: CHECKS, apply: { ...apply, requests: applyRequests }, noChangePlan: { ...plan, requests: requests - applyRequests }, transport: "in-process handler" }));
  process.exit(apply.code === 0 && plan.code === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
