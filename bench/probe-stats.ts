export type RunStats = { probes: number; errors: number; probesPerSec: number; p50Ms: number; p99Ms: number };

/**
 * Runs `probe` from `concurrency` loops until `seconds` have passed; each call returns its latency
 * in ms, or null for a failed probe. Bounded in time whatever the target does.
 */
export async function measure(
  concurrency: number,
  seconds: number,
  probe: () => Promise<number | null>,
): Promise<RunStats> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const endAt = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < endAt) {
      const latency = await probe().catch(() => null);
      if (latency === null) errors += 1;
      else latencies.push(latency);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsedSec = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  return {
    probes: latencies.length + errors,
    errors,
    probesPerSec: round(latencies.length / elapsedSec),
    p50Ms: pick(0.5),
    p99Ms: pick(0.99),
  };
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
