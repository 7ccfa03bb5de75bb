import { randomUUID } from "node:crypto";
import type { Client } from "pg";
import { nextSlotMs } from "@/lib/checks/slots";
import { httpConfig } from "@/lib/schemas/check-config";

export type SeededCheck = { id: string; path: "ok" | "fail" | "flap" };

const chunk = 5_000;

/**
 * Inserts `count` HTTP checks against the target, straight into the tables (30,000 calls to
 * createCheck would take minutes), each with its schedule row on its own slot grid from `startMs`.
 */
export async function seedChecks(
  client: Client,
  options: { count: number; intervalSeconds: number; baseUrl: string; failing: number; flapping: number; startMs: number; pages: boolean },
): Promise<SeededCheck[]> {
  const user = await client.query<{ id: string }>(
    "insert into users (email, name) values ($1, 'Bench') returning id",
    [`bench-${randomUUID()}@example.test`],
  );
  const workspace = await client.query<{ id: string }>("insert into workspaces (name) values ('Bench') returning id");
  const workspaceId = workspace.rows[0]?.id;
  await client.query("insert into workspace_members (workspace_id, user_id, role) values ($1, $2, 'owner')", [workspaceId, user.rows[0]?.id]);

  const checks: SeededCheck[] = Array.from({ length: options.count }, (_, i) => ({
    id: randomUUID(),
    path: i % 100 < options.failing * 100 ? "fail" : i % 100 < (options.failing + options.flapping) * 100 ? "flap" : "ok",
  }));
  for (let from = 0; from < checks.length; from += chunk) {
    const rows = checks.slice(from, from + chunk).map((check, i) => ({
      id: check.id,
      name: `bench ${from + i}`,
      config: httpConfig.parse({ type: "http", url: `${options.baseUrl}/${check.path}?check=${from + i}` }),
      next_run_at: new Date(nextSlotMs(check.id, options.intervalSeconds, options.startMs - 1)).toISOString(),
    }));
    await client.query(
      `with rows as (select * from json_to_recordset($1::json) as r(id uuid, name text, config jsonb, next_run_at timestamptz)),
       inserted as (
         insert into checks (id, workspace_id, name, type, config, interval_seconds, timeout_ms)
         select id, $2, name, 'http', config, $3, 5000 from rows returning id)
       insert into check_schedules (check_id, region, next_run_at)
       select rows.id, '*', rows.next_run_at from rows join inserted using (id)`,
      [JSON.stringify(rows), workspaceId, options.intervalSeconds],
    );
  }
  if (options.pages) await seedPages(client, workspaceId!, checks.filter((check) => check.path !== "ok"));
  return checks;
}

const componentsPerPage = 100;

/**
 * Every failing and flapping check shown on a status page with automatic incidents, so their state
 * changes have reactions with effects (incidents opened and resolved, pages refreshed) to time.
 */
async function seedPages(client: Client, workspaceId: string, shown: SeededCheck[]) {
  for (let from = 0; from < shown.length; from += componentsPerPage) {
    const page = await client.query<{ id: string }>(
      "insert into pages (workspace_id, name, slug) values ($1, $2, $3) returning id",
      [workspaceId, `Bench ${from / componentsPerPage}`, `bench-${randomUUID().slice(0, 8)}`],
    );
    const rows = shown.slice(from, from + componentsPerPage).map((check, position) => ({ check_id: check.id, name: `check ${from + position}`, position }));
    await client.query(
      `insert into page_components (page_id, check_id, name, position)
       select $2, check_id, name, position from json_to_recordset($1::json) as r(check_id uuid, name text, position int)`,
      [JSON.stringify(rows), page.rows[0]?.id],
    );
  }
}
