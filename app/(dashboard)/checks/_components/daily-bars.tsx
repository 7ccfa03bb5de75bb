import { formatPercent } from "@/lib/format";
import type { DailyBar } from "@/lib/services/uptime/daily";

function colorOf(bar: DailyBar): string {
  if (bar.runs === 0 && bar.downMinutes === 0) return "bg-slate-200";
  if (bar.downMinutes >= 60) return "bg-red-500";
  if (bar.downMinutes > 0) return "bg-amber-400";
  if (bar.degradedMinutes > 0) return "bg-amber-300";
  return "bg-emerald-500";
}

function describe(bar: DailyBar): string {
  const parts = [bar.day, bar.runs > 0 ? `${formatPercent(bar.uptimePercent)} of ${bar.runs} runs passed` : "no runs"];
  if (bar.downMinutes > 0) parts.push(`${bar.downMinutes} min down`);
  if (bar.degradedMinutes > 0) parts.push(`${bar.degradedMinutes} min degraded`);
  return parts.join(" · ");
}

/** One bar per UTC day: green, amber for a short outage, red for an hour or more down, grey without data. */
export function DailyBars({ bars }: { bars: DailyBar[] }) {
  return (
    <div className="space-y-1.5">
      <ol className="flex h-9 items-stretch gap-px" aria-label={`Uptime per day, last ${bars.length} days`}>
        {bars.map((bar) => (
          <li key={bar.day} className={`flex-1 rounded-sm ${colorOf(bar)}`} title={describe(bar)}>
            <span className="sr-only">{describe(bar)}</span>
          </li>
        ))}
      </ol>
      <div className="flex justify-between text-xs text-slate-500">
        <span>{bars.length} days ago</span>
        <span>Today (UTC)</span>
      </div>
    </div>
  );
}
