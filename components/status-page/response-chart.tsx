import type { PublicText } from "@/lib/i18n/public-text";

type Point = { hour: string; meanMs: number | null };

const WIDTH = 600;
const HEIGHT = 80;

/**
 * Hourly mean response time as a small server-rendered SVG: no chart library in the visitor's
 * browser, and the figures are in the accessible name.
 */
export function ResponseChart({ name, points, text }: { name: string; points: Point[]; text: PublicText }) {
  const { t } = text;
  const known = points.filter((p): p is { hour: string; meanMs: number } => p.meanMs !== null);
  if (known.length === 0) return <p className="text-xs text-slate-600 dark:text-slate-400">{t("chart.none")}</p>;
  const max = Math.max(...known.map((p) => p.meanMs), 1);
  const mean = known.reduce((sum, p) => sum + p.meanMs, 0) / known.length;
  const x = (i: number) => (i / Math.max(points.length - 1, 1)) * WIDTH;
  const y = (ms: number) => HEIGHT - (ms / max) * (HEIGHT - 6);
  const segments: string[] = [];
  let pen = "M";
  points.forEach((p, i) => {
    if (p.meanMs === null) {
      pen = "M";
      return;
    }
    segments.push(`${pen}${x(i).toFixed(1)},${y(p.meanMs).toFixed(1)}`);
    pen = "L";
  });
  const label = t("chart.label", { name, mean: text.ms(mean), peak: text.ms(max) });
  return (
    <figure className="mt-3">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={label} className="h-16 w-full overflow-visible">
        <path d={segments.join(" ")} fill="none" strokeWidth="2" vectorEffect="non-scaling-stroke" className="stroke-sky-700 dark:stroke-sky-300" />
      </svg>
      <figcaption className="mt-1 flex justify-between text-xs text-slate-600 dark:text-slate-400">
        <span>{t("chart.from")}</span>
        <span>{t("chart.summary", { mean: text.ms(mean), peak: text.ms(max) })}</span>
        <span>{t("chart.now")}</span>
      </figcaption>
    </figure>
  );
}
