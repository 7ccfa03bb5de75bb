import type { OverallState } from "@/lib/status";

const tone: Record<OverallState["state"], string> = {
  operational: "bg-emerald-600 text-white",
  degraded_performance: "bg-amber-500 text-slate-950",
  partial_outage: "bg-orange-600 text-white",
  major_outage: "bg-red-600 text-white",
  under_maintenance: "bg-sky-600 text-white",
  pending: "bg-slate-500 text-white",
};

export function StatusBanner({ overall }: { overall: OverallState }) {
  return (
    <section aria-live="polite" aria-label="Overall status" className={`rounded-lg px-5 py-4 text-lg font-semibold ${tone[overall.state]}`}>
      {overall.label}
    </section>
  );
}
