import type { SparkPoint } from "@/lib/services/uptime/sparkline";

const WIDTH = 120;
const HEIGHT = 28;

/** Response time over the last 24 hours as a tiny line; hours with failures get a red tick. */
export function Sparkline({ points, label }: { points: SparkPoint[]; label: string }) {
  const latencies = points.map((p) => p.avgLatencyMs).filter((v): v is number => v !== null);
  if (latencies.length === 0) return <span className="text-xs text-slate-400">No data yet</span>;
  const max = Math.max(...latencies, 1);
  const step = WIDTH / Math.max(points.length - 1, 1);
  const y = (v: number) => HEIGHT - 2 - (v / max) * (HEIGHT - 6);
  const segments: string[] = [];
  let path = "";
  points.forEach((point, i) => {
    if (point.avgLatencyMs === null) {
      if (path) segments.push(path);
      path = "";
      return;
    }
    path += `${path ? "L" : "M"}${(i * step).toFixed(1)},${y(point.avgLatencyMs).toFixed(1)}`;
  });
  if (path) segments.push(path);
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="overflow-visible">
      {points.map((point, i) =>
        point.uptimePercent !== null && point.uptimePercent < 100 ? (
          <rect key={point.at.toISOString()} x={i * step - 1} y={HEIGHT - 3} width={2} height={3} className="fill-red-500" />
        ) : null,
      )}
      {segments.map((d) => (
        <path key={d} d={d} fill="none" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" className="stroke-brand-500" />
      ))}
    </svg>
  );
}
