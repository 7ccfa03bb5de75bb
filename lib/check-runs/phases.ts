import { z } from "zod";

/** check_runs.timings as the probes write it (lib/checks/types.ts Timings); older rows may lack phases. */
const timings = z.object({
  dnsMs: z.number().optional(),
  connectMs: z.number().optional(),
  tlsMs: z.number().optional(),
  firstByteMs: z.number().optional(),
  totalMs: z.number(),
});

export const phaseNames = ["dns", "connect", "tls", "firstByte", "rest"] as const;
export type PhaseName = (typeof phaseNames)[number];
export type PhaseBreakdown = { runs: number; totalMs: number; phases: Record<PhaseName, number> };

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The typical run, phase by phase: the median of each phase over the successful runs that
 * recorded timings. "rest" is what the total has beyond the named phases (reading the body).
 */
export function medianPhases(runs: Array<{ ok: boolean; timings: unknown }>): PhaseBreakdown | null {
  const parsed = runs.flatMap((run) => {
    if (!run.ok) return [];
    const result = timings.safeParse(run.timings);
    return result.success ? [result.data] : [];
  });
  if (parsed.length === 0) return null;
  const dns = median(parsed.map((t) => t.dnsMs ?? 0));
  const connect = median(parsed.map((t) => t.connectMs ?? 0));
  const tls = median(parsed.map((t) => t.tlsMs ?? 0));
  const firstByte = median(parsed.map((t) => t.firstByteMs ?? 0));
  const totalMs = median(parsed.map((t) => t.totalMs));
  return { runs: parsed.length, totalMs, phases: { dns, connect, tls, firstByte, rest: Math.max(0, totalMs - dns - connect - tls - firstByte) } };
}
