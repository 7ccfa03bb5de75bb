/** The languages a public page can speak; English is the fallback for everything else. */
export const LOCALES = ["en", "de", "fr", "es", "pt", "ja"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** A page's language setting: one fixed locale, or "auto" to follow the visitor's browser. */
export const PAGE_LANGUAGES = ["auto", ...LOCALES] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch", fr: "Français", es: "Español", pt: "Português", ja: "日本語" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best of our locales for an Accept-Language header (RFC 9110 §12.5.4): highest q first, ties
 * in the header's order, a region ("pt-BR") matching its language, `q=0` refused.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = header
    .slice(0, 1000)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { language: tag.split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const range of ranges) if (isLocale(range.language)) return range.language;
  return DEFAULT_LOCALE;
}

/** The locale a page is shown in: its fixed language, else the one negotiated for the visitor. */
export function pageLocale(language: PageLanguage | null | undefined, visitor: Locale): Locale {
  return language && language !== "auto" ? language : visitor;
}
