import { publicText } from "@/lib/i18n/public-text";
import { describe, expect, it } from "vitest";
import { componentRowsOf } from "./component-rows";
import type { PublicComponent } from "./types";
import { decodeDays } from "./uptime-cells";

const component = (days: PublicComponent["uptime"]["days"], percent: number | null): PublicComponent => ({
  id: "c1",
  name: "API",
  description: null,
  groupName: "Core",
  position: 0,
  state: "operational",
  createdAt: "2026-03-01T00:00:00.000Z",
  updatedAt: "2026-03-01T00:00:00.000Z",
  uptime: { days, percent },
  responseTimes: null,
});

const day = (date: string, uptime: number | null, outageMinutes = 0) => ({ date, uptime, outageMinutes, degradedMinutes: 0 });

describe("component rows for the public list", () => {
  it("formats the uptime and the days with downtime, and carries the days compactly", () => {
    const days = [day("2026-03-01", 100), day("2026-03-02", 99.5, 7), day("2026-03-03", 100)];
    const [row] = componentRowsOf([component(days, 99.83)]);
    expect(row).toMatchObject({ name: "API", groupName: "Core", uptime: "99.83% uptime", summary: "99.83% uptime over 3 days, 1 day with downtime" });
    expect(decodeDays(row!.days)).toEqual([
      ["2026-03-01", 100, 0],
      ["2026-03-02", 99.5, 7],
      ["2026-03-03", 100, 0],
    ]);
  });

  it("says so when there is no data yet, and sends no bar without days", () => {
    expect(componentRowsOf([component([day("2026-03-01", null)], null)])[0]).toMatchObject({ uptime: "No data yet", summary: "no data yet for the last 1 days" });
    expect(componentRowsOf([component([], null)])[0]!.days).toBe("");
  });

  it("speaks the page's language", () => {
    const days = [day("2026-03-01", 100), day("2026-03-02", 99.5, 7), day("2026-03-03", 100)];
    const [row] = componentRowsOf([component(days, 99.83)], publicText("de"));
    expect(row?.uptime.replace(/\s/g, " ")).toBe("99,83 % Verfügbarkeit");
    expect(row?.summary.replace(/\s/g, " ")).toBe("99,83 % Verfügbarkeit über 3 Tage, 1 Tag mit Ausfallzeit");
  });
});
