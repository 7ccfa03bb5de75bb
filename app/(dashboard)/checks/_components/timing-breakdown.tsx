import type { PhaseBreakdown, PhaseName } from "@/lib/check-runs/phases";
import { formatMs } from "@/lib/format";

const phases: Array<{ name: PhaseName; label: string; color: string }> = [
  { name: "dns", label: "DNS lookup", color: "bg-sky-400" },
  { name: "connect", label: "TCP connect", color: "bg-blue-500" },
  { name: "tls", label: "TLS handshake", color: "bg-violet-500" },
  { name: "firstByte", label: "Time to first byte", color: "bg-amber-400" },
  { name: "rest", label: "Transfer and checks", color: "bg-slate-400" },
];

/** Where a typical run's time goes: one stacked bar and the figures beside it. */
export function TimingBreakdown({ breakdown }: { breakdown: PhaseBreakdown | null }) {
  if (!breakdown || breakdown.totalMs === 0) return <p className="text-sm text-slate-600">No timed successful runs yet.</p>;
  return (
    <div className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex h-4 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        {phases.map((phase) => (
          <div key={phase.name} className={phase.color} style={{ width: `${(breakdown.phases[phase.name] / breakdown.totalMs) * 100}%` }} />
        ))}
      </div>
      <dl className="grid gap-x-8 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {phases.map((phase) => (
          <div key={phase.name} className="flex items-center gap-2">
            <span className={`h-2.5 w-2.5 rounded-full ${phase.color}`} aria-hidden="true" />
            <dt className="text-slate-600">{phase.label}</dt>
            <dd className="ml-auto font-medium tabular-nums text-slate-900">{formatMs(breakdown.phases[phase.name])}</dd>
          </div>
        ))}
        <div className="flex items-center gap-2">
          <dt className="font-medium text-slate-800">Total</dt>
          <dd className="ml-auto font-semibold tabular-nums text-slate-900">{formatMs(breakdown.totalMs)}</dd>
        </div>
      </dl>
      <p className="text-xs text-slate-500">Median of each phase over the last {breakdown.runs} successful runs.</p>
    </div>
  );
}
