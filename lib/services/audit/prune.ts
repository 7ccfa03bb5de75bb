import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

const DAY = 86_400_000;
/** Small enough that one batch never holds locks for long, large enough to catch up in a few runs. */
const BATCH = 5_000;

/** Deletes audit entries older than `keepDays`, in batches; returns how many went. */
export async function pruneAuditLog({ keepDays, now = new Date() }: { keepDays: number; now?: Date }): Promise<number> {
  const cutoff = new Date(now.getTime() - keepDays * DAY).toISOString();
  let removed = 0;
  for (;;) {
    const result = await db.execute(
      sql`delete from audit_log where id in (select id from audit_log where created_at < ${cutoff}::timestamptz limit ${BATCH})`,
    );
    removed += result.rowCount ?? 0;
    if ((result.rowCount ?? 0) < BATCH) return removed;
  }
}
