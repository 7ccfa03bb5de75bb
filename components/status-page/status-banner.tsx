import type { PublicText } from "@/lib/i18n/public-text";
import type { OverallState } from "@/lib/status";

/** White or near-black text on each colour, at 4.5:1 or better. */
const tone: Record<OverallState["state"], string> = {
  operational: "bg-emerald-700 text-white",
  degraded_performance: "bg-amber-400 text-slate-950",
  partial_outage: "bg-orange-700 text-white",
  major_outage: "bg-red-700 text-white",
  under_maintenance: "bg-sky-700 text-white",
  pending: "bg-slate-600 text-white",
};

/** The overall state in the page's language; `empty` when the page has no components at all. */
export function StatusBanner({ overall, empty, text: { t } }: { overall: OverallState; empty: boolean; text: PublicText }) {
  return (
    <section aria-live="polite" aria-label={t("overall.label")} className={`rounded-lg px-5 py-4 text-lg font-semibold ${tone[overall.state]}`}>
      {empty ? t("overall.none") : t(`overall.${overall.state}`)}
    </section>
  );
}
