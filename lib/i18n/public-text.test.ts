import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { en } from "./messages/en";
import { publicText } from "./public-text";
import { translator } from "./translate";

describe("translator", () => {
  it("fills variables, formatting numbers for the locale", () => {
    expect(translator("en")("uptime.daysAgo", { count: 90 })).toBe("90 days ago");
    expect(translator("de")("uptime.daysAgo", { count: 90 })).toBe("vor 90 Tagen");
    expect(translator("de")("chart.label", { name: "API", mean: "1", peak: "2" })).toContain("Antwortzeit von API");
  });

  it("chooses plural forms by Intl.PluralRules, with an exact zero form where one exists", () => {
    const t = translator("en");
    expect([0, 1, 2].map((count) => t("uptime.downDays", { count }))).toEqual(["no days", "1 day", "2 days"]);
    expect([1, 2].map((count) => translator("fr")("uptime.downDays", { count }))).toEqual(["1 jour", "2 jours"]);
    expect([1, 5].map((count) => translator("ja")("uptime.downDays", { count }))).toEqual(["1日", "5日"]);
  });

  it("has every message in every locale, none left empty", () => {
    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const key of Object.keys(en) as (keyof typeof en)[]) expect(t(key, { count: 2 }).trim(), `${locale} ${key}`).not.toBe("");
    }
  });
});

describe("public page formats", () => {
  it("writes dates, months and times the way each locale does", () => {
    expect(publicText("en").calendarDate("2026-03-01")).toBe("Mar 1, 2026");
    expect(publicText("de").calendarDate("2026-03-01")).toBe("01.03.2026");
    expect(publicText("de").month("2026-03")).toBe("März 2026");
    expect(publicText("fr").month("2026-03")).toBe("mars 2026");
    expect(publicText("ja").calendarDate("2026-03-01")).toBe("2026/03/01");
    expect(publicText("de").dateTime("2026-03-12T09:05:00Z", "Europe/Berlin")).toBe("12. März 2026, 10:05 MEZ");
  });

  it("writes percentages and durations in the locale, never rounding a bad day up", () => {
    // ICU versions differ in which no-break space goes before "%".
    const de = { ...publicText("de"), uptime: (v: number) => publicText("de").uptime(v).replace(/\s/g, " ") };
    const fr = { uptime: (v: number) => publicText("fr").uptime(v).replace(/\s/g, " ") };
    expect(publicText("en").uptime(99.956)).toBe("99.95%");
    expect(de.uptime(99.956)).toBe("99,95 %");
    expect(fr.uptime(100)).toBe("100 %");
    expect(de.uptime(99.999)).toBe("99,99 %");
    expect(publicText("de").duration(125)).toBe("2 Std. 5 Min.");
    expect(publicText("ja").duration(45)).toBe("45分");
    expect(publicText("de").ms(1250)).toBe("1,25 Sek.");
  });
});
