import type { ComponentState } from "@/lib/status";
import { COMPONENT_LABELS } from "@/lib/status";
import { escapeXml } from "./feeds";

const COLOURS: Record<ComponentState, string> = {
  operational: "#047857",
  degraded_performance: "#b45309",
  partial_outage: "#c2410c",
  major_outage: "#b91c1c",
  under_maintenance: "#0369a1",
  pending: "#475569",
};

/** Shields-style width estimate for 11px Verdana: close enough without font metrics. */
const textWidth = (text: string) => Math.round(text.length * 6.6 + 10);

/** A flat two-part status badge ("API | operational") with white text at 4.5:1 or better on both halves. */
export function statusBadge(label: string, state: ComponentState): string {
  const value = state === "operational" ? "operational" : COMPONENT_LABELS[state].toLowerCase();
  const left = textWidth(label);
  const right = textWidth(value);
  const width = left + right;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${escapeXml(`${label}: ${value}`)}">
  <title>${escapeXml(`${label}: ${value}`)}</title>
  <rect width="${left}" height="20" fill="#334155"/>
  <rect x="${left}" width="${right}" height="20" fill="${COLOURS[state]}"/>
  <g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
    <text x="${left / 2}" y="14">${escapeXml(label)}</text>
    <text x="${left + right / 2}" y="14">${escapeXml(value)}</text>
  </g>
</svg>
`;
}
