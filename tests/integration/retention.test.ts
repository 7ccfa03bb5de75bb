import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkRollups, checkRuns } from "@/db/schema";
import { db } from "@/lib/db";
import { checkInput } from "@/lib/schemas/check";
import { pruneCheckRuns } from "@/lib/services/check-runs/prune";
import { createCheck } from "@/lib/services/checks/create";
import { MINUTE_ROLLUP_DAYS, pruneRollups } from "@/lib/services/rollups/prune";
import { createOwnerCtx } from "../support/factories";

// Retention drops everything before its cutoff, so each test keeps to a year before any other test's data.
const DAY = 86_400_000;

async function newCheck() {
  const ctx = await createOwnerCtx();
  return createCheck(ctx, checkInput.parse({ name: "API", paused: true, config: { type: "http", url: "https://example.com" } }));
}

async function partitionOf(checkId: string, startedAt: Date): Promise<string | null> {
  const result = await db.execute<{ part: string }>(
    sql`select tableoid::regclass::text as part from check_runs where check_id = ${checkId}::uuid and started_at = ${startedAt.toISOString()}::timestamptz`,
  );
  return result.rows[0]?.part ?? null;
}

async function partitioned(): Promise<boolean> {
  const result = await db.execute(sql`select 1 from pg_partitioned_table where partrelid = 'check_runs'::regclass`);
  return result.rows.length === 1;
}

describe("raw run retention", () => {
  it("check_runs is partitioned by day on plain PostgreSQL", async () => {
    expect(await partitioned()).toBe(true);
  });

  it("keeps whole days within the retention, drops older ones, and files strays from the default partition into their day", async () => {
    const id = await newCheck();
    const days = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2001, 1, 1 + i, 12)));
    await db.insert(checkRuns).values(days.map((startedAt) => ({ checkId: id, startedAt, ok: true, latencyMs: 1 })));
    expect(await partitionOf(id, days[9]!)).toBe("check_runs_default");

    // "Today" is 2001-02-10: keep 5 days before it (from 02-05), prepare 02-10 to 02-13.
    const first = await pruneCheckRuns({ keepDays: 5, at: new Date(Date.UTC(2001, 1, 10, 8)) });
    expect(first.createdPartitions).toBeGreaterThanOrEqual(1);
    const kept = await db.select({ startedAt: checkRuns.startedAt }).from(checkRuns).where(eq(checkRuns.checkId, id));
    expect(kept.map((r) => r.startedAt.toISOString().slice(0, 10)).sort()).toEqual([
      "2001-02-05",
      "2001-02-06",
      "2001-02-07",
      "2001-02-08",
      "2001-02-09",
      "2001-02-10",
      "2001-02-11",
      "2001-02-12",
    ]);
    expect(await partitionOf(id, days[9]!)).toBe("check_runs_p20010210");
    expect(await partitionOf(id, days[11]!)).toBe("check_runs_p20010212");

    // Ten days later the 02-10 to 02-13 partitions are past the cutoff: dropped whole.
    const later = await pruneCheckRuns({ keepDays: 5, at: new Date(Date.UTC(2001, 1, 20, 8)) });
    expect(later.droppedPartitions).toBeGreaterThanOrEqual(4);
    const left = await db.select({ startedAt: checkRuns.startedAt }).from(checkRuns).where(eq(checkRuns.checkId, id));
    expect(left).toEqual([]);
    const parts = await db.execute(sql`select 1 from pg_class where relname in ('check_runs_p20010210', 'check_runs_p20010213')`);
    expect(parts.rows).toHaveLength(0);
  });

  it("creates the coming days' partitions so new runs never land in the default one", async () => {
    const id = await newCheck();
    await pruneCheckRuns({ keepDays: 30, at: new Date(Date.UTC(2002, 5, 1, 23)) });
    const startedAt = new Date(Date.UTC(2002, 5, 4, 10));
    await db.insert(checkRuns).values({ checkId: id, startedAt, ok: true });
    expect(await partitionOf(id, startedAt)).toBe("check_runs_p20020604");
  });
});

describe("rollup retention", () => {
  it("drops minute rollups after a week and hour and day rollups after the configured days", async () => {
    const id = await newCheck();
    // Pruning deletes everything before its cutoff: 1995 is older than any other test's rollups.
    const now = new Date(Date.UTC(1995, 6, 1));
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const row = (resolution: "minute" | "hour" | "day", bucketStart: Date) => ({ checkId: id, resolution, bucketStart, runs: 1, successes: 1 });
    await db.insert(checkRollups).values([
      row("minute", ago(MINUTE_ROLLUP_DAYS - 1)),
      row("minute", ago(MINUTE_ROLLUP_DAYS + 1)),
      row("hour", ago(399)),
      row("hour", ago(401)),
      row("day", ago(399)),
      row("day", ago(401)),
    ]);
    await pruneRollups({ now, keepDays: 400 });
    const left = await db
      .select({ resolution: checkRollups.resolution, bucketStart: checkRollups.bucketStart })
      .from(checkRollups)
      .where(eq(checkRollups.checkId, id));
    expect(left.map((r) => [r.resolution, Math.round((now.getTime() - r.bucketStart.getTime()) / DAY)]).sort()).toEqual([
      ["day", 399],
      ["hour", 399],
      ["minute", MINUTE_ROLLUP_DAYS - 1],
    ]);
  });
});
