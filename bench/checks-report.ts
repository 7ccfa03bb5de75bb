import type { Client } from "pg";
import { slotsBetween } from "@/lib/checks/slots";
import type { SeededCheck } from "./checks-seed";

export type Window = { fromMs: number; toMs: number };

/** Runs recorded for slots inside the window. */
export async function recordedRuns(client: Client, window: Window): Promise<number> {
  const result = await client.query<{ n: string }>(
    "select count(*) as n from check_runs where scheduled_at >= $1 and scheduled_at < $2",
    [new Date(window.fromMs), new Date(window.toMs)],
  );
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * Compares the runs recorded for slots inside the window with every slot the checks' grids put
 * there: a slot with no run is lost, a second run of a slot is a duplicate.
 */
export async function slotAccounting(client: Client, checks: SeededCheck[], intervalSeconds: number, window: Window) {
  const expected = new Set<string>();
  for (const check of checks) {
    for (const slot of slotsBetween(check.id, intervalSeconds, window.fromMs, window.toMs)) expected.add(`${check.id} ${slot}`);
  }
  const recorded = await client.query<{ check_id: string; slot_ms: string; runs: string }>(
    `select check_id, (extract(epoch from scheduled_at) * 1000)::bigint as slot_ms, count(*) as runs
     from check_runs where scheduled_at >= $1 and scheduled_at < $2 group by 1, 2`,
    [new Date(window.fromMs), new Date(window.toMs)],
  );
  let duplicates = 0;
  let offGrid = 0;
  const seen = new Set<string>();
  for (const row of recorded.rows) {
    const key = `${row.check_id} ${row.slot_ms}`;
    duplicates += Number(row.runs) - 1;
    if (expected.has(key)) seen.add(key);
    else offGrid += 1;
  }
  return { expectedSlots: expected.size, lost: expected.size - seen.size, duplicates, offGrid };
}

/** Start lateness (started_at - scheduled_at) of the window's runs, in ms. */
export async function lateness(client: Client, window: Window) {
  const result = await client.query<{ p50: number; p99: number; max: number }>(
    `select percentile_cont(0.5) within group (order by late) as p50,
            percentile_cont(0.99) within group (order by late) as p99,
            max(late) as max
     from (select extract(epoch from started_at - scheduled_at) * 1000 as late
           from check_runs where scheduled_at >= $1 and scheduled_at < $2) runs`,
    [new Date(window.fromMs), new Date(window.toMs)],
  );
  const row = result.rows[0];
  return { p50Ms: Number(row?.p50 ?? NaN), p99Ms: Number(row?.p99 ?? NaN), maxMs: Number(row?.max ?? NaN) };
}

/** What the runs found, to show that failing checks failed and flapping ones changed state. */
export async function outcomes(client: Client, window: Window) {
  const result = await client.query<{ failed: string; outages: string }>(
    `select (select count(*) from check_runs where scheduled_at >= $1 and scheduled_at < $2 and not ok) as failed,
            (select count(*) from outages where started_at >= $1 and started_at < $2) as outages`,
    [new Date(window.fromMs), new Date(window.toMs)],
  );
  return { failedRuns: Number(result.rows[0]?.failed ?? 0), outagesOpened: Number(result.rows[0]?.outages ?? 0) };
}

/**
 * Reaction latency: from the run that changed a check's state (the event's time is the run's
 * started_at) to the reaction's effect being done, per task, for the window's state changes.
 */
export async function reactionLatency(client: Client, window: Window, tasks: string[]) {
  const result = await client.query<{ task: string; n: string; p50: number; p99: number }>(
    `select task, count(*) as n,
            percentile_cont(0.5) within group (order by ms) as p50, percentile_cont(0.99) within group (order by ms) as p99
     from (select task, extract(epoch from done_at - event_at) * 1000 as ms
           from reactions where event_at >= $1 and event_at < $2 and task = any($3)) r
     group by task`,
    [new Date(window.fromMs), new Date(window.toMs), tasks],
  );
  const incidents = await client.query<{ n: string }>(
    "select count(*) as n from incidents where automatic and started_at >= $1 and started_at < $2",
    [new Date(window.fromMs), new Date(window.toMs)],
  );
  const byTask = Object.fromEntries(
    result.rows.map((row) => [row.task, { reactions: Number(row.n), p50Ms: Math.round(Number(row.p50)), p99Ms: Math.round(Number(row.p99)) }]),
  );
  return { ...byTask, automaticIncidentsOpened: Number(incidents.rows[0]?.n ?? 0) };
}
