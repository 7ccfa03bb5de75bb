import "server-only";
import { sql } from "drizzle-orm";
import { anyRegion } from "@/db/schema";
import { db } from "@/lib/db";
import { uuidArray } from "../sql-arrays";

/** One slot handed to a worker: run this check, in this schedule region, at this time. */
export type ClaimedSlot = {
  leaseId: string;
  checkId: string;
  /** The schedule row's region: a pinned region, or `*` for any. */
  region: string;
  slot: Date;
  config: unknown;
  timeoutMs: number;
  updatedAt: Date;
};

// Raw drizzle queries return timestamps as text.
type Row = { lease_id: string; check_id: string; region: string; slot: string; config: unknown; timeout_ms: number; updated_at: string };

const toSlot = (row: Row): ClaimedSlot => ({
  leaseId: row.lease_id,
  checkId: row.check_id,
  region: row.region,
  slot: new Date(row.slot),
  config: row.config,
  timeoutMs: row.timeout_ms,
  updatedAt: new Date(row.updated_at),
});

export type ClaimRequest = { workerId: string; region: string; pinnedOnly: boolean; horizonMs: number; limit: number };

/**
 * Claims the slots due within the horizon, in one statement: locks the schedule rows (skipping
 * rows another worker is claiming), moves each to its next slot on the grid, and records what was
 * handed out as one lease. A slot missed by more than an interval is run once, not replayed.
 */
export async function claimDueSlots(request: ClaimRequest): Promise<ClaimedSlot[]> {
  if (request.limit <= 0) return [];
  const regions = request.pinnedOnly ? `{${request.region}}` : `{${request.region},${anyRegion}}`;
  const result = await db.execute<Row>(sql`
    with due as (
      select s.check_id, s.region, date_trunc('milliseconds', s.next_run_at) as next_run_at
      from check_schedules s
      where s.region = any(${regions}::text[])
        and s.next_run_at < now() + make_interval(secs => ${request.horizonMs / 1000})
        and exists (select 1 from scheduler_workers w where w.id = ${request.workerId})
      order by s.next_run_at
      limit ${request.limit}
      for update of s skip locked
    ), claimed as (
      update check_schedules s
      set next_run_at = pingpage_next_slot(s.check_id, c.interval_seconds, greatest(due.next_run_at, now()))
      from due join checks c on c.id = due.check_id
      where s.check_id = due.check_id and s.region = due.region
      returning s.check_id, s.region, due.next_run_at as slot, c.config, c.timeout_ms, c.updated_at
    ), lease as (
      insert into scheduler_leases (worker_id, region, check_ids, regions, slots)
      select ${request.workerId}, ${request.region}, array_agg(check_id), array_agg(region), array_agg(slot)
      from claimed having count(*) > 0
      returning id
    )
    select lease.id as lease_id, claimed.* from claimed cross join lease`);
  return result.rows.map(toSlot);
}

/**
 * Takes over the leases of this region's workers that are gone, and returns their slots that
 * were never recorded, to run at once. Slots of paused or deleted checks are skipped, and a lease
 * left with nothing to run is deleted.
 */
export async function takeOverLeases(workerId: string, region: string): Promise<ClaimedSlot[]> {
  const taken = await db.execute<{ id: string }>(sql`
    update scheduler_leases l set worker_id = ${workerId}
    where l.region = ${region} and not exists (select 1 from scheduler_workers w where w.id = l.worker_id)
      and exists (select 1 from scheduler_workers w where w.id = ${workerId})
    returning l.id`);
  if (taken.rows.length === 0) return [];
  const leaseIds = uuidArray(taken.rows.map((row) => row.id));
  const result = await db.execute<Row>(sql`
    with slots as (
      select l.id as lease_id, s.check_id, s.region, s.slot
      from scheduler_leases l cross join unnest(l.check_ids, l.regions, l.slots) as s(check_id, region, slot)
      where l.id = any(${leaseIds})
    )
    select slots.lease_id, slots.check_id, slots.region, slots.slot, c.config, c.timeout_ms, c.updated_at
    from slots join checks c on c.id = slots.check_id and not c.paused
    where not exists (
      select 1 from check_runs r
      where r.check_id = slots.check_id and r.started_at >= slots.slot - interval '1 minute'
        and r.scheduled_at = slots.slot and (slots.region = ${anyRegion} or r.region = slots.region))`);
  const pending = result.rows.map(toSlot);
  const open = new Set(pending.map((slot) => slot.leaseId));
  const finished = taken.rows.map((row) => row.id).filter((id) => !open.has(id));
  if (finished.length > 0) {
    await db.execute(sql`delete from scheduler_leases where id = any(${uuidArray(finished)}) and worker_id = ${workerId}`);
  }
  return pending;
}
