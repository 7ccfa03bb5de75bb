import { sql } from "drizzle-orm";
import type { JobHelpers } from "graphile-worker";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import { checksReconcile } from "@/worker/tasks/checks__reconcile";
import { createOwnerCtx } from "../support/factories";

async function scheduleRows(checkId: string): Promise<number> {
  const result = await db.execute(sql`select 1 from check_schedules where check_id = ${checkId}`);
  return result.rows.length;
}

describe("checks__reconcile", () => {
  it("schedules probed types only, as the check type registry says", async () => {
    const ctx = await createOwnerCtx();
    const tcp = await createCheck(ctx, checkInput.parse({ name: "DB", config: { type: "tcp", host: "db.example.com", port: 5432 } }));
    const composite = await createCheck(ctx, checkInput.parse({ name: "All", config: { type: "composite", checkIds: [tcp] } }));
    await db.execute(sql`delete from check_schedules where check_id = ${tcp}`);
    await db.execute(sql`insert into check_schedules (check_id, region, next_run_at) values (${composite}, '*', now())`);

    const warnings: string[] = [];
    const helpers = { logger: { warn: (message: string) => warnings.push(message) } } as unknown as JobHelpers;
    await checksReconcile({}, helpers);

    expect(await scheduleRows(tcp)).toBe(1);
    expect(await scheduleRows(composite)).toBe(0);
    expect(warnings).toEqual([expect.stringMatching(/^repaired schedules: \d+ added, \d+ removed$/)]);
  });
});
