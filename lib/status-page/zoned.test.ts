import { describe, expect, it } from "vitest";
import { addDays, fromLocalDateTime, isValidTimeZone, lastLocalDays, localDate, startOfLocalDay, toLocalDateTime } from "./zoned";

describe("local days", () => {
  it("puts an instant on the calendar day of the zone", () => {
    const instant = new Date("2026-03-10T23:30:00Z");
    expect(localDate(instant, "UTC")).toBe("2026-03-10");
    expect(localDate(instant, "Europe/Paris")).toBe("2026-03-11");
    expect(localDate(instant, "America/New_York")).toBe("2026-03-10");
    expect(localDate(new Date("2026-03-10T18:45:00Z"), "Asia/Kolkata")).toBe("2026-03-11");
  });

  it("finds midnight in the zone, across a daylight-saving change", () => {
    expect(startOfLocalDay("2026-03-10", "UTC").toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect(startOfLocalDay("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfLocalDay("2026-03-09", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(startOfLocalDay("2026-07-01", "Asia/Kolkata").toISOString()).toBe("2026-06-30T18:30:00.000Z");
  });

  it("makes a 23-hour day on the spring-forward date", () => {
    const days = lastLocalDays(new Date("2026-03-09T12:00:00Z"), "America/New_York", 3);
    expect(days.map((d) => d.date)).toEqual(["2026-03-07", "2026-03-08", "2026-03-09"]);
    const springForward = days[1]!;
    expect((springForward.end.getTime() - springForward.start.getTime()) / 3_600_000).toBe(23);
  });

  it("ends with today in the zone, oldest first, contiguous", () => {
    const days = lastLocalDays(new Date("2026-01-01T01:00:00Z"), "America/Los_Angeles", 90);
    expect(days).toHaveLength(90);
    expect(days.at(-1)!.date).toBe("2025-12-31");
    days.slice(1).forEach((day, i) => expect(day.start.getTime()).toBe(days[i]!.end.getTime()));
  });

  it("adds days across month and year ends, and validates zone names", () => {
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("wall-clock times", () => {
  it("converts a maintenance window typed in the page's zone to instants and back", () => {
    const start = fromLocalDateTime("2026-07-01T09:30", "Europe/Berlin");
    expect(start.toISOString()).toBe("2026-07-01T07:30:00.000Z");
    expect(toLocalDateTime(start, "Europe/Berlin")).toBe("2026-07-01T09:30");
    expect(fromLocalDateTime("2026-01-15T09:30", "Europe/Berlin").toISOString()).toBe("2026-01-15T08:30:00.000Z");
  });
});
