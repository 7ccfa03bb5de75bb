import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

/**
 * Keeps raw runs for `keepDays` whole UTC days: drops expired day partitions and creates the next
 * days' ones, or aligns TimescaleDB's retention policy (see the check_runs_partitioning migration).
 */
export async function pruneCheckRuns({ keepDays, at = new Date() }: { keepDays: number; at?: Date }) {
  const result = await db.execute<{ created: number; dropped: number }>(
    sql`select created, dropped from check_runs_maintain(${keepDays}::int, 3, ${at.toISOString()}::timestamptz)`,
  );
  const row = result.rows[0];
  return { createdPartitions: row?.created ?? 0, droppedPartitions: row?.dropped ?? 0 };
}
