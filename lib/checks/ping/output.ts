export type PingSummary = {
  transmitted: number;
  received: number;
  lossPercent: number;
  rtt?: { minMs: number; avgMs: number; maxMs: number };
};

/**
 * Reads the summary lines iputils and BusyBox ping print, e.g.
 * "3 packets transmitted, 3 received, 0% packet loss, time 2003ms" and
 * "rtt min/avg/max/mdev = 0.031/0.040/0.052/0.009 ms" ("round-trip min/avg/max" on BusyBox).
 */
export function parsePingOutput(output: string): PingSummary | null {
  const counts = /(\d+) packets transmitted, (\d+) (?:packets )?received/.exec(output);
  if (!counts) return null;
  const transmitted = Number(counts[1]);
  const received = Number(counts[2]);
  const loss = /([\d.]+)% packet loss/.exec(output);
  const lossPercent = loss ? Number(loss[1]) : transmitted === 0 ? 100 : ((transmitted - received) / transmitted) * 100;
  const rtt = /(?:rtt|round-trip) min\/avg\/max(?:\/(?:mdev|stddev))? = ([\d.]+)\/([\d.]+)\/([\d.]+)/.exec(output);
  return {
    transmitted,
    received,
    lossPercent,
    ...(rtt && { rtt: { minMs: Number(rtt[1]), avgMs: Number(rtt[2]), maxMs: Number(rtt[3]) } }),
  };
}
