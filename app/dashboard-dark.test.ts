import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * The dashboard's dark mode is a set of colour tokens in globals.css (see the comment there); this
 * checks the pairs the dashboard actually uses against WCAG AA (4.5:1 for text) once turned over.
 */
const css = readFileSync(new URL("./globals.css", import.meta.url), "utf8");
const darkBlock = css.slice(css.indexOf("  .dashboard {"), css.indexOf("@layer utilities"));
const tailwind = readFileSync(new URL("../node_modules/tailwindcss/theme.css", import.meta.url), "utf8");

function oklchOf(source: string, name: string): [number, number, number] {
  const match = source.match(new RegExp(`--color-${name}:\\s*oklch\\(([\\d.]+)%\\s+([\\d.]+)\\s+([\\d.]+)\\)`));
  if (!match) throw new Error(`no ${name}`);
  return [Number(match[1]) / 100, Number(match[2]), Number(match[3])];
}

/** A token's colour in the dark dashboard: turned over if globals.css says so, else Tailwind's. */
const dark = (name: string) => (darkBlock.includes(`--color-${name}:`) ? oklchOf(darkBlock, name) : oklchOf(tailwind, name));
const CARD: [number, number, number] = [0.208, 0.042, 265.755];

/** Relative luminance of an OKLCH colour (Björn Ottosson's OKLab to linear sRGB). */
function luminance([l, c, h]: [number, number, number]): number {
  const a = c * Math.cos((h * Math.PI) / 180);
  const b = c * Math.sin((h * Math.PI) / 180);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const r = clamp(4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_);
  const g = clamp(-1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_);
  const bl = clamp(-0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_);
  return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
}

const contrast = (x: [number, number, number], y: [number, number, number]) => {
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe("dashboard dark mode", () => {
  it("turns the page and the cards dark", () => {
    expect(luminance(dark("slate-50"))).toBeLessThan(0.02);
    expect(luminance(CARD)).toBeLessThan(0.03);
  });

  it.each(["slate-500", "slate-600", "slate-700", "slate-800", "slate-900"])("keeps text-%s readable (AA) on cards and on the page", (text) => {
    expect(contrast(dark(text), CARD)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(dark(text), dark("slate-50"))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(["red", "emerald", "amber", "sky", "blue"])("keeps %s alerts readable: their text shades on their tints", (hue) => {
    for (const text of ["800", "900"]) expect(contrast(dark(`${hue}-${text}`), dark(`${hue}-50`))).toBeGreaterThanOrEqual(4.5);
    // text-*-600 and -700 are shown in the -400 shade (globals.css), on the tint and on a card.
    expect(contrast(dark(`${hue}-400`), dark(`${hue}-50`))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(dark(`${hue}-400`), CARD)).toBeGreaterThanOrEqual(4.5);
  });

  it("keeps the active nav item (slate-50 on slate-900) readable once turned over", () => {
    expect(contrast(dark("slate-50"), dark("slate-900"))).toBeGreaterThanOrEqual(4.5);
  });
});
