import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checks, pageComponents, pages } from "@/db/schema";
import { handleApiRequest } from "@/lib/api/handle";
import { db } from "@/lib/db";
import { runCli } from "@/cli/main";
import { apiWorkspace, callApi, httpCheck } from "../support/api";

/** Runs `pingpage …` against this app's /api/v1 handler, as it would over HTTP. */
async function pingpage(args: string[], env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    env,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    fetch: (url, init) => handleApiRequest(new Request(url, init)),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function setup() {
  const { ctx, token } = await apiWorkspace();
  const dir = await mkdtemp(path.join(tmpdir(), "pingpage-cli-"));
  const env = { PINGPAGE_URL: "http://localhost", PINGPAGE_TOKEN: token, XDG_CONFIG_HOME: dir };
  const file = path.join(dir, "pingpage.yaml");
  return { ctx, env, file, dir };
}

const starter = `checks:
  - key: api
    name: API
    intervalSeconds: 30
    tags: [prod, backend]
    config: { type: http, url: "https://example.com/health", assertions: [{ type: status, expected: "200" }] }
  - key: db
    name: Database port
    config: { type: tcp, host: db.example.com, port: 5432 }
  - key: backend
    name: Backend
    config: { type: composite, checks: [api, db], rule: any }
`;

describe("pingpage plan, apply and export", () => {
  it("applies a file to a fresh workspace, then plans no changes, and an export plans no changes either", async () => {
    const { ctx, env, file, dir } = await setup();
    const slug = `acme-${randomUUID().slice(0, 8)}`;
    const page = `pages:\n  - name: Acme status\n    slug: ${slug}\n    components:\n      - { check: db, group: Infrastructure }\n      - { check: api, name: Public API, group: Services, showResponseTime: true }\n`;
    await writeFile(file, starter + page);
    const first = await pingpage(["plan", file], env);
    expect(first).toMatchObject({ code: 2 });
    expect(first.out).toContain("Plan: 4 to create, 0 to update, 0 to delete.");

    const applied = await pingpage(["apply", file, "--yes"], env);
    expect(applied.err).toBe("");
    expect(applied.code).toBe(0);
    const stored = await db.select().from(checks).where(eq(checks.workspaceId, ctx.workspaceId));
    expect(stored.map((check) => [check.key, check.name]).sort()).toEqual([["api", "API"], ["backend", "Backend"], ["db", "Database port"]]);
    const ids = Object.fromEntries(stored.map((check) => [check.key, check.id]));
    expect(stored.find((check) => check.key === "backend")?.config).toMatchObject({ type: "composite", checkIds: [ids.api, ids.db], rule: "any" });
    const [storedPage] = await db.select().from(pages).where(eq(pages.slug, slug));
    const components = await db.select().from(pageComponents).where(eq(pageComponents.pageId, storedPage!.id)).orderBy(pageComponents.position);
    expect(components.map((c) => [c.checkId, c.name, c.groupName, c.showResponseTime])).toEqual([[ids.db, "Database port", "Infrastructure", false], [ids.api, "Public API", "Services", true]]);

    expect(await pingpage(["plan", file], env)).toMatchObject({ code: 0, out: "No changes." });
    expect((await pingpage(["apply", file, "--yes"], env)).out).toBe("No changes.");

    const exported = path.join(dir, "exported.yaml");
    expect((await pingpage(["export", "--output", exported], env)).code).toBe(0);
    const text = await readFile(exported, "utf8");
    expect(text).toMatch(/^# yaml-language-server: \$schema=http:\/\/localhost\/api\/v1\/config\.schema\.json\n/);
    expect(text).toContain("checks:\n        - api\n        - db");
    expect(await pingpage(["plan", exported, "--prune"], env)).toMatchObject({ code: 0, out: "No changes." });
  });

  it("updates field by field, keeps checks missing from the file unless --prune", async () => {
    const { ctx, env, file } = await setup();
    await writeFile(file, starter.split("  - key: backend")[0]!);
    await pingpage(["apply", file, "--yes"], env);
    await writeFile(file, `checks:\n  - key: api\n    name: API v2\n    intervalSeconds: 30\n    tags: [prod]\n    config: { type: http, url: "https://example.com/v2/health", assertions: [{ type: status, expected: "200" }] }\n`);

    const plan = await pingpage(["plan", file], env);
    expect(plan.code).toBe(2);
    expect(plan.out).toContain('~ update checks.api\n    name: "API" → "API v2"\n    config.url: "https://example.com/health" → "https://example.com/v2/health"\n    tags: ["backend","prod"] → ["prod"]');
    expect(plan.out).toContain("1 resource(s) on the server are not in the file and are kept");
    expect((await pingpage(["apply", file, "--yes"], env)).code).toBe(0);
    const kept = await db.select({ key: checks.key, name: checks.name }).from(checks).where(eq(checks.workspaceId, ctx.workspaceId));
    expect(kept.sort((a, b) => String(a.key).localeCompare(String(b.key)))).toEqual([{ key: "api", name: "API v2" }, { key: "db", name: "Database port" }]);

    const pruning = await pingpage(["plan", file, "--prune"], env);
    expect(pruning.out).toContain("- delete checks.db");
    expect((await pingpage(["apply", file, "--prune", "--yes"], env)).code).toBe(0);
    const left = await db.select({ key: checks.key }).from(checks).where(eq(checks.workspaceId, ctx.workspaceId));
    expect(left).toEqual([{ key: "api" }]);
    expect((await pingpage(["plan", file, "--prune"], env)).code).toBe(0);
  });

  it("reads secrets from the environment and refuses to plan without them", async () => {
    const { ctx, env, file } = await setup();
    await writeFile(file, `checks:\n  - key: api\n    name: API\n    config:\n      type: http\n      url: https://example.com\n      auth: { type: bearer, token: "\${API_TOKEN}" }\n`);
    const unset = await pingpage(["plan", file], env);
    expect(unset).toMatchObject({ code: 1, err: `${file}:7:36: checks[0].config.auth.token: The environment variable API_TOKEN is not set` });
    expect((await pingpage(["apply", file, "--yes"], { ...env, API_TOKEN: "t0ken-from-env" })).code).toBe(0);
    const [check] = await db.select({ config: checks.config }).from(checks).where(and(eq(checks.workspaceId, ctx.workspaceId), eq(checks.key, "api")));
    // Stored sealed: neither the file nor the database holds the token in clear.
    expect(JSON.stringify(check?.config)).not.toContain("t0ken-from-env");
    expect((await pingpage(["plan", file], { ...env, API_TOKEN: "t0ken-from-env" })).code).toBe(0);
  });

  it("validates with file:line:column, and login stores credentials readable by the user alone", async () => {
    const { env, file, dir } = await setup();
    await writeFile(file, "checks:\n  - key: API\n    name: API\n    config: { type: tcp, host: example.com, port: 99999 }\n");
    const invalid = await pingpage(["validate", file], {});
    expect(invalid.code).toBe(1);
    expect(invalid.err.split("\n")).toEqual([
      `${file}:2:10: checks[0].key: Keys are lowercase letters, digits, '-', '_' and '.', like api-health`,
      `${file}:4:51: checks[0].config.port: Ports run from 1 to 65535`,
    ]);

    const login = await pingpage(["login", "--url", env.PINGPAGE_URL, "--token", env.PINGPAGE_TOKEN], { XDG_CONFIG_HOME: dir });
    expect(login.code).toBe(0);
    const saved = path.join(dir, "pingpage", "credentials.json");
    expect((await stat(saved)).mode & 0o777).toBe(0o600);
    await writeFile(file, starter);
    expect((await pingpage(["plan", file], { XDG_CONFIG_HOME: dir })).code).toBe(2);
  });

  it("refuses a second check with the same key in a workspace with a 409, and allows it in another", async () => {
    const { token } = await apiWorkspace();
    expect((await callApi(token, "POST", "/checks", { ...httpCheck("One"), key: "api" })).status).toBe(201);
    const again = await callApi(token, "POST", "/checks", { ...httpCheck("Two"), key: "api" });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('Another check already has the key "api"');
    const other = await apiWorkspace();
    expect((await callApi(other.token, "POST", "/checks", { ...httpCheck("One"), key: "api" })).status).toBe(201);
  });
});
