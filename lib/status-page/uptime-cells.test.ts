import { describe, expect, it } from "vitest";
import { decodeDays, encodeDays } from "./uptime-cells";

describe("compact uptime days", () => {
  it("round-trips dates, uptime to a hundredth of a percent, missing days and downtime", () => {
    const days = [
      { date: "2026-02-26", uptime: 100, outageMinutes: 0 },
      { date: "2026-02-27", uptime: 99.987, outageMinutes: 2 },
      { date: "2026-02-28", uptime: null, outageMinutes: 0 },
      { date: "2026-03-01", uptime: 100, outageMinutes: 0 },
      { date: "2026-03-02", uptime: 100, outageMinutes: 3 },
      { date: "2026-03-03", uptime: 99.5, outageMinutes: 0 },
      { date: "2026-03-04", uptime: null, outageMinutes: 7 },
    ];
    const encoded = encodeDays(days);
    expect(encoded).toBe("2026-02-26|,9998:2,-,,10000:3,9950,-:7");
    expect(decodeDays(encoded)).toEqual([
      ["2026-02-26", 100, 0],
      ["2026-02-27", 99.98, 2],
      ["2026-02-28", null, 0],
      ["2026-03-01", 100, 0],
      ["2026-03-02", 100, 3],
      ["2026-03-03", 99.5, 0],
      ["2026-03-04", null, 7],
    ]);
    expect(decodeDays("")).toEqual([]);
  });

  it("keeps a single perfect day", () => {
    expect(decodeDays(encodeDays([{ date: "2026-03-01", uptime: 100, outageMinutes: 0 }]))).toEqual([["2026-03-01", 100, 0]]);
  });
});
