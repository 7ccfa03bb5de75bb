import { describe, expect, it } from "vitest";
import { negotiateLocale, pageLocale } from "./locales";

describe("negotiateLocale", () => {
  it("picks the visitor's preferred language among ours", () => {
    expect(negotiateLocale("de-DE,de;q=0.9,en;q=0.8")).toBe("de");
    expect(negotiateLocale("pt-BR")).toBe("pt");
    expect(negotiateLocale("ja")).toBe("ja");
    expect(negotiateLocale("nl-NL, fr;q=0.7, en;q=0.5")).toBe("fr");
  });

  it("weighs by q, keeps the header's order on ties and refuses q=0", () => {
    expect(negotiateLocale("en;q=0.5, es;q=0.9")).toBe("es");
    expect(negotiateLocale("fr, de")).toBe("fr");
    expect(negotiateLocale("de;q=0, es;q=0.1")).toBe("es");
  });

  it("falls back to English for nothing, garbage or languages we do not have", () => {
    expect(negotiateLocale(undefined)).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale("nl, sv;q=0.8")).toBe("en");
    expect(negotiateLocale(";;;,,q=x")).toBe("en");
  });
});

describe("pageLocale", () => {
  it("uses the page's fixed language whatever the visitor asks", () => {
    expect(pageLocale("fr", "de")).toBe("fr");
    expect(pageLocale("auto", "de")).toBe("de");
    expect(pageLocale(null, "ja")).toBe("ja");
  });
});
